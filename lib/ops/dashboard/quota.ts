import "server-only";
import { QUOTA_KEY } from "@/ai/model-choice";
import type { ReadArgs } from "@/lib/analytics/reading";
import { getEnv } from "@/lib/env";
import type { QuotaPanel } from "./types";

/** The Gemini quota used this UTC minute and day, against the configured limits (shared by every instance). */
export async function loadQuotaPanel({ store, now }: ReadArgs): Promise<QuotaPanel> {
  const env = getEnv();
  const used = await store.readQuota({ key: QUOTA_KEY, windows: ["minute", "day"], now });
  return {
    minute: { used: used.minute, limit: env.AI_QUOTA_PER_MINUTE },
    day: { used: used.day, limit: env.AI_QUOTA_PER_DAY },
  };
}
