import "server-only";
import { QUOTA_KEY } from "@/ai/model-choice";
import { type Env, getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { getReleaseId } from "@/lib/release";
import { getStore } from "@/lib/store";
import { resetHealthCachesForTests } from "./health-cache";
import { type HealthCheck, type HealthReport, type HealthStatus, worst } from "./health-format";

/** A store answering slower than this makes health `warn`; an error or PROBE_TIMEOUT_MS makes it `fail`. */
export const STORE_SLOW_MS = 1_000;
const PROBE_TIMEOUT_MS = 5_000;
/** Health is computed at most this often; callers in between share the last result. */
export const HEALTH_CACHE_MS = 5_000;
/** Share of a quota window after which the quota check warns. */
const QUOTA_WARN_SHARE = 0.9;

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new AppError("store_unavailable", `${what} did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Masks an error for a public answer: the kind of failure, never connection strings or stack traces. */
function describeFailure(error: unknown): string {
  if (error instanceof AppError && error.code === "store_unavailable") return error.message.split("\n")[0] ?? "unavailable";
  return "the store answered with an unexpected error";
}

export async function checkStore(env: Env, now: Date): Promise<HealthCheck> {
  const started = performance.now();
  const base = { componentId: env.store, componentType: "datastore" as const, observedUnit: "ms", time: now.toISOString() };
  try {
    await withTimeout(getStore().ping(), PROBE_TIMEOUT_MS, `The ${env.store} store`);
    const ms = Math.round(performance.now() - started);
    if (ms > STORE_SLOW_MS) {
      return { ...base, observedValue: ms, status: "warn", output: `The store answered in ${ms} ms (over ${STORE_SLOW_MS} ms).` };
    }
    return { ...base, observedValue: ms, status: "pass" };
  } catch (error) {
    return {
      ...base,
      observedValue: Math.round(performance.now() - started),
      status: "fail",
      output: `The store is unreachable: ${describeFailure(error)}`,
    };
  }
}

/**
 * Which model writes plans. Gemini configured: pass. No Gemini key: pass in
 * the local embedded mode (the built-in planner is the design there), warn in
 * production (Firestore), where plans are meant to come from Gemini.
 */
export function checkAiConfiguration(env: Env, now: Date): HealthCheck {
  const base = { componentType: "system" as const, time: now.toISOString() };
  if (env.geminiApiKey) return { ...base, componentId: "gemini", observedValue: env.GEMINI_MODEL, status: "pass" };
  const production = env.store === "firestore";
  return {
    ...base,
    componentId: "builtin-planner",
    observedValue: "local/builtin-planner",
    status: production ? "warn" : "pass",
    ...(production ? { output: "No Gemini API key is configured: the built-in planner writes every plan." } : {}),
  };
}

/** The shared Gemini quota: the larger used share of the minute and day windows. Never worse than warn. */
export async function checkQuota(env: Env, now: Date): Promise<HealthCheck> {
  const base = {
    componentId: "gemini-quota",
    componentType: "system" as const,
    observedUnit: "percent",
    time: now.toISOString(),
  };
  if (!env.geminiApiKey) return { ...base, observedValue: 0, status: "pass" };
  try {
    const used = await withTimeout(
      getStore().readQuota({ key: QUOTA_KEY, windows: ["minute", "day"], now }),
      PROBE_TIMEOUT_MS,
      "The quota read",
    );
    const shares = {
      minute: env.AI_QUOTA_PER_MINUTE > 0 ? used.minute / env.AI_QUOTA_PER_MINUTE : 1,
      day: env.AI_QUOTA_PER_DAY > 0 ? used.day / env.AI_QUOTA_PER_DAY : 1,
    };
    const share = Math.max(shares.minute, shares.day);
    const percent = Math.round(share * 1000) / 10;
    if (share < QUOTA_WARN_SHARE) return { ...base, observedValue: percent, status: "pass" };
    const window = shares.day >= shares.minute ? "today's" : "this minute's";
    return {
      ...base,
      observedValue: percent,
      status: "warn",
      output: `${percent}% of ${window} Gemini quota is used; beyond it the built-in planner writes plans.`,
    };
  } catch (error) {
    return { ...base, status: "warn", output: `The quota could not be read: ${describeFailure(error)}` };
  }
}

export async function computeHealth(now = new Date()): Promise<HealthReport> {
  const env = getEnv();
  const [store, quota] = await Promise.all([checkStore(env, now), checkQuota(env, now)]);
  const ai = checkAiConfiguration(env, now);
  const checks: Record<string, HealthCheck[]> = {
    [`${env.store}:responseTime`]: [store],
    "ai:configuration": [ai],
    "ai:quota": [quota],
  };
  const status: HealthStatus = worst([store.status, ai.status, quota.status]);
  const reasons = [store, ai, quota].filter((check) => check.status !== "pass").map((check) => check.output);
  return {
    status,
    releaseId: getReleaseId(),
    serviceId: "marketplanai",
    description: "MarketPlanAI: marketing plans from a few sentences",
    checks,
    ...(status === "pass" ? {} : { output: reasons.filter(Boolean).join(" ") }),
  };
}

interface Cached {
  at: number;
  report: Promise<HealthReport>;
}
const KEY = Symbol.for("marketplanai.health");
type Holder = { [KEY]?: Cached };

/** The health report, computed at most every HEALTH_CACHE_MS with one computation in flight. */
export function getHealth(): Promise<HealthReport> {
  const holder = globalThis as Holder;
  const cached = holder[KEY];
  const now = Date.now();
  if (cached && now - cached.at < HEALTH_CACHE_MS) return cached.report;
  const report = computeHealth(new Date(now));
  holder[KEY] = { at: now, report };
  return report;
}

export function resetHealthCacheForTests(): void {
  (globalThis as Holder)[KEY] = undefined;
  resetHealthCachesForTests();
}
