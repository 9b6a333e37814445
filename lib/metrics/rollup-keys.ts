/**
 * The counters an instance adds to its per-minute rollup (see `Store.addRollup`),
 * and the bucket bounds of the two latency histograms kept there. Readers
 * (analytics, the weekly report, SLOs) sum the same keys over every instance.
 *
 * Histogram buckets are stored non-cumulatively: `http_latency_ms.le_250` counts
 * requests that took more than the previous bound and at most 250 ms;
 * `…le_inf` counts the rest. `…sum` and `…count` give the mean.
 */

/** HTTP latency bounds in milliseconds; 3000 is the response-time SLO. */
export const HTTP_LATENCY_BOUNDS_MS = [5, 10, 25, 50, 100, 250, 500, 750, 1000, 1500, 2000, 3000, 5000, 10000, 30000] as const;

/** AI generation latency bounds in seconds; 30 is the AI generation SLO. */
export const AI_LATENCY_BOUNDS_S = [1, 2, 5, 10, 20, 30, 45, 60, 120] as const;

export const AI_PROVIDERS = ["gemini", "builtin"] as const;
export type AiProvider = (typeof AI_PROVIDERS)[number];

/**
 * How a generation (a whole plan or one section) ended:
 * `ok` the model asked for delivered; `fallback` the built-in planner delivered
 * after the asked-for model failed; `failed` nothing was delivered (an error or
 * a safety block); `cancelled` the person left before the end.
 */
export const AI_OUTCOMES = ["ok", "fallback", "failed", "cancelled"] as const;
export type AiOutcome = (typeof AI_OUTCOMES)[number];

export const STATUS_CLASSES = ["1xx", "2xx", "3xx", "4xx", "5xx"] as const;
export type StatusClass = (typeof STATUS_CLASSES)[number];

/** The endpoints the uptime prober checks (lib/probe/targets.ts). */
export const PROBE_TARGET_IDS = ["home", "health", "ai_health"] as const;
export type ProbeTargetId = (typeof PROBE_TARGET_IDS)[number];

export const RollupKey = {
  /** Every measured HTTP request. */
  httpRequests: "http_requests",
  /** Requests by status class: `http_status.2xx` … `http_status.5xx`. */
  httpStatus: (statusClass: StatusClass) => `http_status.${statusClass}`,
  httpLatencyBucket: (bound: number | "inf") => `http_latency_ms.le_${bound}`,
  httpLatencySum: "http_latency_ms.sum",
  httpLatencyCount: "http_latency_ms.count",

  /** Generations by provider and outcome: `ai_generations.gemini.ok`. */
  aiGenerations: (provider: AiProvider, outcome: AiOutcome) => `ai_generations.${provider}.${outcome}`,
  aiLatencyBucket: (bound: number | "inf") => `ai_latency_s.le_${bound}`,
  aiLatencySum: "ai_latency_s.sum",
  aiLatencyCount: "ai_latency_s.count",
  /** Times the built-in planner took over from Gemini. */
  aiFallbacks: "ai_fallbacks",

  /** Store calls that failed (unreachable, timed out, or an unexpected error). */
  storeErrors: "store_errors",

  /** Uptime probes: rounds made and rounds where every target passed. */
  probeChecks: "probe_checks",
  probePassed: "probe_passed",
  /** The same per probe target: `probe_checks.health`, `probe_passed.ai_health`. */
  probeTargetChecks: (target: ProbeTargetId) => `probe_checks.${target}`,
  probeTargetPassed: (target: ProbeTargetId) => `probe_passed.${target}`,
} as const;

/** The bucket a value falls in, for non-cumulative storage. */
export function bucketBound(bounds: readonly number[], value: number): number | "inf" {
  for (const bound of bounds) if (value <= bound) return bound;
  return "inf";
}

/** Status class of an HTTP status code. */
export function statusClass(status: number): StatusClass {
  const hundreds = Math.min(5, Math.max(1, Math.floor(status / 100)));
  return `${hundreds}xx` as StatusClass;
}
