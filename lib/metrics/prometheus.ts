import "server-only";
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import { AI_LATENCY_BOUNDS_S, HTTP_LATENCY_BOUNDS_MS } from "./rollup-keys";

/**
 * The app's Prometheus metrics, all prefixed `marketplanai_`, plus Node's
 * process metrics under their usual names. Labels are bounded sets (route
 * patterns, status classes, model names from the configuration, outcomes,
 * reasons): never ids or free text.
 */
function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  // prom-client also exports these gauges under names ending in _total, which
  // Prometheus reserves for counters (promtool flags them); the same figures
  // remain as nodejs_active_handles, nodejs_active_requests, nodejs_active_resources.
  for (const name of ["nodejs_active_handles_total", "nodejs_active_requests_total", "nodejs_active_resources_total"]) {
    registry.removeSingleMetric(name);
  }

  const httpRequests = new Counter({
    name: "marketplanai_http_requests_total",
    help: "HTTP requests answered by the app's pages and route handlers, by route pattern, method and status class.",
    labelNames: ["route", "method", "status_class"] as const,
    registers: [registry],
  });
  const httpDuration = new Histogram({
    name: "marketplanai_http_request_duration_seconds",
    help: "Time from a request's arrival to its response headers for route handlers (streamed bodies continue after), to the last byte for pages; by route pattern, method and status class. 3 s is the response-time SLO.",
    labelNames: ["route", "method", "status_class"] as const,
    buckets: HTTP_LATENCY_BOUNDS_MS.map((ms) => ms / 1000),
    registers: [registry],
  });
  const aiGenerations = new Counter({
    name: "marketplanai_ai_generations_total",
    help: "Generations (kind plan or section) by the model that delivered and how they ended: ok, fallback (the built-in planner took over), failed, cancelled.",
    labelNames: ["kind", "model", "outcome"] as const,
    registers: [registry],
  });
  const aiDuration = new Histogram({
    name: "marketplanai_ai_generation_duration_seconds",
    help: "Time a generation took from the model call to the finished plan or section. 30 s is the AI generation SLO.",
    labelNames: ["kind", "model", "outcome"] as const,
    buckets: [...AI_LATENCY_BOUNDS_S],
    registers: [registry],
  });
  const aiFallbacks = new Counter({
    name: "marketplanai_ai_fallbacks_total",
    help: "Times the built-in planner took over from Gemini, by reason.",
    labelNames: ["reason"] as const,
    registers: [registry],
  });
  const aiQuotaUsed = new Gauge({
    name: "marketplanai_ai_quota_used",
    help: "Gemini requests used in the current quota window (shared by all instances), as last seen by this instance.",
    labelNames: ["window"] as const,
    registers: [registry],
  });
  const aiQuotaLimit = new Gauge({
    name: "marketplanai_ai_quota_limit",
    help: "Gemini requests allowed per quota window.",
    labelNames: ["window"] as const,
    registers: [registry],
  });
  const storeErrors = new Counter({
    name: "marketplanai_store_errors_total",
    help: "Store calls that failed, by store and kind (unavailable: unreachable or timed out; other: anything else).",
    labelNames: ["store", "kind"] as const,
    registers: [registry],
  });
  const probes = new Counter({
    name: "marketplanai_probe_checks_total",
    help: "Uptime probe checks made by this instance's prober, by result.",
    labelNames: ["result"] as const,
    registers: [registry],
  });
  const rollupFlushes = new Counter({
    name: "marketplanai_rollup_flushes_total",
    help: "Writes of this instance's per-minute rollups to the store, by result.",
    labelNames: ["result"] as const,
    registers: [registry],
  });
  const alertRounds = new Counter({
    name: "marketplanai_alert_evaluation_rounds_total",
    help: "Scheduled alert evaluation rounds on this instance, by result: evaluated (it holds the evaluator lease), skipped (another instance does), failed.",
    labelNames: ["result"] as const,
    registers: [registry],
  });
  const buildInfo = new Gauge({
    name: "marketplanai_build_info",
    help: "Always 1; the release (git SHA) this instance runs.",
    labelNames: ["release"] as const,
    registers: [registry],
  });

  return {
    registry,
    httpRequests,
    httpDuration,
    aiGenerations,
    aiDuration,
    aiFallbacks,
    aiQuotaUsed,
    aiQuotaLimit,
    storeErrors,
    probes,
    rollupFlushes,
    alertRounds,
    buildInfo,
  };
}

export type AppMetrics = ReturnType<typeof createMetrics>;

// Route handlers and instrumentation.ts can be bundled apart; one registry per process.
const KEY = Symbol.for("marketplanai.metrics");
type Holder = { [KEY]?: AppMetrics };

export function getMetrics(): AppMetrics {
  const holder = globalThis as Holder;
  holder[KEY] ??= createMetrics();
  return holder[KEY];
}
