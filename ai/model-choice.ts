import "server-only";
import type { Env } from "@/lib/env";
import { log } from "@/lib/log";
import { recordQuota } from "@/lib/metrics/record";
import type { Store } from "@/lib/store";
import { BUILTIN_MODEL, type FallbackReason } from "./schemas/generation";

export interface ModelChoice {
  model: string;
  provider: "gemini" | "builtin";
}

export const BUILTIN: ModelChoice = { model: BUILTIN_MODEL, provider: "builtin" };

export const geminiModelName = (env: Env) => `googleai/${env.GEMINI_MODEL}`;

/** The model a request asks for first: Gemini when a key is configured, else the built-in planner. */
export function preferredModel(env: Env): ModelChoice {
  return env.geminiApiKey ? { model: geminiModelName(env), provider: "gemini" } : BUILTIN;
}

export const QUOTA_KEY = "gemini";

/**
 * Takes one request from the shared Gemini quota (per minute and per day, counted
 * in the store so it holds across instances). Returns why not when it is spent.
 */
export async function takeGeminiQuota(
  store: Store,
  env: Env,
  now = new Date(),
): Promise<{ reason: FallbackReason; message: string } | null> {
  const decision = await store.consumeQuota({
    now,
    key: QUOTA_KEY,
    limits: [
      { window: "minute", limit: env.AI_QUOTA_PER_MINUTE },
      { window: "day", limit: env.AI_QUOTA_PER_DAY },
    ],
  });
  if (decision.allowed) {
    recordQuota({ window: "minute", used: decision.used.minute, limit: env.AI_QUOTA_PER_MINUTE });
    recordQuota({ window: "day", used: decision.used.day, limit: env.AI_QUOTA_PER_DAY });
    return null;
  }
  const limit = decision.exhausted === "minute" ? env.AI_QUOTA_PER_MINUTE : env.AI_QUOTA_PER_DAY;
  recordQuota({ window: decision.exhausted, used: limit, limit });
  return decision.exhausted === "minute"
    ? {
        reason: "quota_minute",
        message: `Gemini's limit of ${env.AI_QUOTA_PER_MINUTE} requests a minute is reached, so the built-in planner wrote this plan. Try again in a minute for a Gemini plan.`,
      }
    : {
        reason: "quota_day",
        message: `Today's Gemini quota of ${env.AI_QUOTA_PER_DAY} requests is used up, so the built-in planner wrote this plan. Gemini is available again after midnight UTC.`,
      };
}

/**
 * Gives back the request taken at `takenAt` when the client went away before
 * Gemini answered, so a client that hangs up at once costs other people nothing.
 * Never fails the caller: a unit not given back only ends its window early.
 */
export async function releaseGeminiQuota(store: Store, takenAt: Date): Promise<void> {
  try {
    await store.releaseQuota({ key: QUOTA_KEY, windows: ["minute", "day"], takenAt });
  } catch (error) {
    log.warn("ai.quota_not_released", { error: error instanceof Error ? error.message.split("\n")[0] : String(error) });
  }
}
