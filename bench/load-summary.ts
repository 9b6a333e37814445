/**
 * Pure summaries of a load run (npm run bench:load): latency percentiles,
 * requests a second, and statuses sorted into expected answers, deliberate
 * refusals (429 from the generation limits) and errors.
 */
import { percentile } from "./stats";

/** One answered (or failed) request: which endpoint, its status (0 when no answer came) and how long it took. */
export interface Sample {
  endpoint: string;
  status: number;
  ms: number;
}

export interface LatencySummary {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export interface RunSummary {
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  latency: LatencySummary;
  /** Per endpoint, in the order first seen. */
  endpoints: Record<string, LatencySummary & { statuses: Record<string, number> }>;
  /** Deliberate refusals: 429 where the endpoint expects it. */
  refused: number;
  /** Anything not expected, by status ("0" = no answer: a timeout or a reset). */
  errors: Record<string, number>;
  errorCount: number;
}

/** Requests that got no answer have no latency (NaN) and are left out. */
export function latencySummary(all: readonly number[]): LatencySummary {
  const ms = all.filter((n) => Number.isFinite(n));
  return {
    count: ms.length,
    p50: percentile(ms, 50),
    p95: percentile(ms, 95),
    p99: percentile(ms, 99),
    max: ms.length === 0 ? Number.NaN : Math.max(...ms),
  };
}

/** `expected(endpoint)` lists the statuses that endpoint answers when working as designed. */
export function summariseRun(samples: readonly Sample[], seconds: number, expected: (endpoint: string) => number[]): RunSummary {
  const byEndpoint = new Map<string, Sample[]>();
  const errors: Record<string, number> = {};
  let refused = 0;
  for (const sample of samples) {
    const list = byEndpoint.get(sample.endpoint) ?? [];
    list.push(sample);
    byEndpoint.set(sample.endpoint, list);
    const ok = expected(sample.endpoint).includes(sample.status);
    if (ok && sample.status === 429) refused += 1;
    if (!ok) errors[String(sample.status)] = (errors[String(sample.status)] ?? 0) + 1;
  }
  const endpoints: RunSummary["endpoints"] = {};
  for (const [endpoint, list] of byEndpoint) {
    const statuses: Record<string, number> = {};
    for (const sample of list) statuses[String(sample.status)] = (statuses[String(sample.status)] ?? 0) + 1;
    endpoints[endpoint] = { ...latencySummary(list.map((sample) => sample.ms)), statuses };
  }
  return {
    seconds,
    requests: samples.length,
    requestsPerSecond: seconds > 0 ? samples.length / seconds : Number.NaN,
    latency: latencySummary(samples.map((sample) => sample.ms)),
    endpoints,
    refused,
    errors,
    errorCount: Object.values(errors).reduce((sum, n) => sum + n, 0),
  };
}

const ms = (n: number) => (Number.isNaN(n) ? "-" : n < 10 ? n.toFixed(1) : n.toFixed(0));

/** The run as a few lines for a terminal. */
export function formatRun(label: string, run: RunSummary): string {
  const errors = Object.entries(run.errors)
    .map(([status, n]) => `${status === "0" ? "no answer" : status} ×${n}`)
    .join(", ");
  const lines = [
    `${label}: ${run.requests} requests in ${run.seconds.toFixed(1)} s = ${run.requestsPerSecond.toFixed(1)} req/s; ` +
      `p50 ${ms(run.latency.p50)} ms, p95 ${ms(run.latency.p95)} ms, p99 ${ms(run.latency.p99)} ms; ` +
      `deliberate 429s ${run.refused}; errors ${run.errorCount}${errors ? ` (${errors})` : ""}`,
  ];
  for (const [endpoint, summary] of Object.entries(run.endpoints)) {
    const statuses = Object.entries(summary.statuses)
      .map(([status, n]) => `${status}×${n}`)
      .join(" ");
    lines.push(
      `  ${endpoint.padEnd(16)} n=${String(summary.count).padStart(6)}  p50 ${ms(summary.p50).padStart(6)}  p95 ${ms(summary.p95).padStart(6)}  p99 ${ms(summary.p99).padStart(6)} ms  ${statuses}`,
    );
  }
  return lines.join("\n");
}

/** Growth from the first to the last value, as a share of the first (0.05 = 5 %). */
export function growth(first: number, last: number): number {
  return first > 0 ? (last - first) / first : Number.NaN;
}

/**
 * From Prometheus text: how many observations of histogram `metric` there were in all
 * and how many exceeded the bucket bound `le` (summed over every label set), to tell
 * time spent inside the app from time spent waiting before it.
 */
export function histogramAbove(text: string, metric: string, le: string): { total: number; above: number } {
  let total = 0;
  let within = 0;
  for (const line of text.split("\n")) {
    if (!line.startsWith(`${metric}_bucket{`)) continue;
    const value = Number(line.slice(line.lastIndexOf(" ") + 1));
    if (line.includes('le="+Inf"')) total += value;
    else if (line.includes(`le="${le}"`)) within += value;
  }
  return { total, above: total - within };
}
