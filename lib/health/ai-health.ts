import "server-only";
import { aiOutcomeTotals, aiSuccessRate } from "@/lib/analytics/ai-outcomes";
import { sumRollups } from "@/lib/analytics/rollups";
import { type Env, getEnv } from "@/lib/env";
import { minuteStart } from "@/lib/metrics/minute-counters";
import { minuteCounters } from "@/lib/metrics/record";
import { getReleaseId } from "@/lib/release";
import { getStore } from "@/lib/store";
import { resetHealthCachesForTests } from "./health-cache";
import { type HealthCheck, type HealthReport, worst } from "./health-format";

const GEMINI_DEFAULT_BASE_URL = "https://generativelanguage.googleapis.com";
/** The provider check is a free call (listing models), made at most once a minute per instance. */
export const PROVIDER_CACHE_MS = 60_000;
const PROVIDER_TIMEOUT_MS = 5_000;
export const SUCCESS_WINDOW_MINUTES = 15;
/** Below this share of generations delivered by the model asked for, the AI is `warn`. */
export const SUCCESS_RATE_WARN = 0.9;

/**
 * Gemini reachable and the key accepted, through `GET /v1beta/models` (free;
 * never a generation). Without a key the built-in planner serves, which is
 * always reachable.
 */
export async function checkProvider(env: Env, now: Date): Promise<HealthCheck> {
  const time = now.toISOString();
  if (!env.geminiApiKey) {
    return {
      componentId: "builtin-planner",
      componentType: "component",
      observedValue: 0,
      observedUnit: "ms",
      status: "pass",
      time,
    };
  }
  const base = { componentId: "gemini", componentType: "component" as const, observedUnit: "ms", time };
  const url = new URL("/v1beta/models?pageSize=1", env.GEMINI_BASE_URL ?? GEMINI_DEFAULT_BASE_URL);
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    const response = await fetch(url, {
      headers: { "x-goog-api-key": env.geminiApiKey },
      signal: AbortSignal.timeout(PROVIDER_TIMEOUT_MS),
      cache: "no-store",
    });
    await response.arrayBuffer();
    if (response.ok) return { ...base, observedValue: elapsed(), status: "pass" };
    const why =
      response.status === 401 || response.status === 403
        ? "Gemini refused the API key"
        : `Gemini answered ${response.status} to the model listing`;
    return { ...base, observedValue: elapsed(), status: "warn", output: `${why}; the built-in planner writes plans meanwhile.` };
  } catch (error) {
    const timedOut = error instanceof Error && error.name === "TimeoutError";
    return {
      ...base,
      observedValue: elapsed(),
      status: "warn",
      output: `${timedOut ? `Gemini did not answer within ${PROVIDER_TIMEOUT_MS} ms` : "Gemini is unreachable"}; the built-in planner writes plans meanwhile.`,
    };
  }
}

/**
 * The share of generations in the last 15 minutes (all instances, from the
 * per-minute rollups, plus what this instance has not written yet) delivered
 * by the model asked for; fallbacks and failures count against it, cancelled
 * ones are left out.
 */
export async function checkSuccessRate(now: Date): Promise<HealthCheck> {
  const base = { componentId: "generations", componentType: "system" as const, observedUnit: "percent", time: now.toISOString() };
  const to = minuteStart(now) + 60_000;
  const from = to - SUCCESS_WINDOW_MINUTES * 60_000;
  try {
    const stored = await getStore().sumRollupCounters({ from: new Date(from), to: new Date(to) });
    const local = minuteCounters();
    const unflushed = [];
    for (let minute = from; minute < to; minute += 60_000) unflushed.push({ counters: local.peek(minute) });
    const counters = sumRollups([{ counters: stored }, ...unflushed]);
    const totals = aiOutcomeTotals(counters);
    const rate = aiSuccessRate(counters);
    const counted = totals.ok + totals.fallback + totals.failed;
    if (rate === null) return { ...base, observedValue: "n/a", status: "pass" };
    const percent = Math.round(rate * 1000) / 10;
    const summary = `${totals.ok} of ${counted} generations in the last ${SUCCESS_WINDOW_MINUTES} minutes were delivered by the model asked for (${totals.fallback} fell back to the built-in planner, ${totals.failed} failed).`;
    return rate >= SUCCESS_RATE_WARN
      ? { ...base, observedValue: percent, status: "pass" }
      : { ...base, observedValue: percent, status: "warn", output: summary };
  } catch {
    return { ...base, status: "warn", output: "The generation success rate could not be read: the store is unreachable." };
  }
}

interface CachedProvider {
  at: number;
  check: Promise<HealthCheck>;
}
const KEY = Symbol.for("marketplanai.aiProviderCheck");
type Holder = { [KEY]?: CachedProvider };

function cachedProviderCheck(env: Env, now: Date): Promise<HealthCheck> {
  const holder = globalThis as Holder;
  const cached = holder[KEY];
  if (cached && now.getTime() - cached.at < PROVIDER_CACHE_MS) return cached.check;
  const check = checkProvider(env, now);
  holder[KEY] = { at: now.getTime(), check };
  return check;
}

export function resetAiHealthCacheForTests(): void {
  (globalThis as Holder)[KEY] = undefined;
  resetHealthCachesForTests();
}

/** The AI's health: `warn` at worst, since the built-in planner still serves when Gemini does not. */
export async function computeAiHealth(now = new Date()): Promise<HealthReport> {
  const env = getEnv();
  const [provider, success] = await Promise.all([cachedProviderCheck(env, now), checkSuccessRate(now)]);
  const status = worst([provider.status, success.status]) === "pass" ? "pass" : "warn";
  const outputs = [provider.output, success.output].filter(Boolean);
  return {
    status,
    releaseId: getReleaseId(),
    serviceId: "marketplanai-ai",
    description: "The AI provider and the rolling generation success rate",
    checks: {
      [`${provider.componentId}:reachability`]: [provider],
      "generations:successRate": [success],
    },
    ...(status === "pass" ? {} : { output: outputs.join(" ") }),
  };
}
