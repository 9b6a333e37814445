import "server-only";
import type { Store } from "@/lib/store/types";
import type { CurrentUsage } from "./capacity-planner";

export const USAGE_WINDOW_DAYS = 30;

/** The last 30 days from the store: active users, plans, and requests and generations from the rollups. */
export async function readCurrentUsage({ store, now }: { store: Store; now: Date }): Promise<CurrentUsage> {
  const since = new Date(now.getTime() - USAGE_WINDOW_DAYS * 86_400_000);
  const [activeUsers, plansCreated, counters] = await Promise.all([
    store.countUsersActiveSince({ since }),
    store.countPlans({ since }),
    store.sumRollupCounters({ from: since, to: now }),
  ]);
  const aiGenerations = Object.entries(counters)
    .filter(([key]) => key.startsWith("ai_generations."))
    .reduce((sum, [, value]) => sum + value, 0);
  return { activeUsers, windowDays: USAGE_WINDOW_DAYS, requests: counters.http_requests ?? 0, aiGenerations, plansCreated };
}
