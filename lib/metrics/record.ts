import "server-only";
import type { FallbackReason } from "@/ai/schemas/generation";
import { getEnv } from "@/lib/env";
import { MinuteCounters } from "./minute-counters";
import { getMetrics } from "./prometheus";
import {
  AI_LATENCY_BOUNDS_S,
  type AiOutcome,
  type AiProvider,
  bucketBound,
  HTTP_LATENCY_BOUNDS_MS,
  RollupKey,
  statusClass,
} from "./rollup-keys";

/**
 * The one place the app records what it measures. Each call updates the
 * Prometheus metrics of this process and the counts of the current minute,
 * which `rollups.ts` writes to the store once a minute. With
 * METRICS_ENABLED=false every call returns at once (to measure the cost).
 */

const KEY = Symbol.for("marketplanai.minuteCounters");
type Holder = { [KEY]?: MinuteCounters };

export function minuteCounters(): MinuteCounters {
  const holder = globalThis as Holder;
  holder[KEY] ??= new MinuteCounters();
  return holder[KEY];
}

/** Forgets this process's unwritten counts (tests that need a clean minute). */
export function resetMinuteCountersForTests(): void {
  (globalThis as Holder)[KEY] = new MinuteCounters();
}

let enabled: boolean | undefined;
export function metricsEnabled(): boolean {
  enabled ??= getEnv().METRICS_ENABLED;
  return enabled;
}

export function resetMetricsSwitchForTests(): void {
  enabled = undefined;
}

export function recordHttp(args: { route: string; method: string; status: number; seconds: number }): void {
  if (!metricsEnabled()) return;
  const labels = { route: args.route, method: args.method, status_class: statusClass(args.status) };
  const metrics = getMetrics();
  metrics.httpRequests.inc(labels);
  metrics.httpDuration.observe(labels, args.seconds);

  const ms = args.seconds * 1000;
  const counters = minuteCounters();
  const now = Date.now();
  counters.add(RollupKey.httpRequests, 1, now);
  counters.add(RollupKey.httpStatus(labels.status_class), 1, now);
  counters.add(RollupKey.httpLatencyBucket(bucketBound(HTTP_LATENCY_BOUNDS_MS, ms)), 1, now);
  counters.add(RollupKey.httpLatencySum, ms, now);
  counters.add(RollupKey.httpLatencyCount, 1, now);
}

export function recordGeneration(args: {
  kind: "plan" | "section";
  provider: AiProvider;
  model: string;
  outcome: AiOutcome;
  seconds: number;
}): void {
  if (!metricsEnabled()) return;
  const labels = { kind: args.kind, model: args.model, outcome: args.outcome };
  const metrics = getMetrics();
  metrics.aiGenerations.inc(labels);
  metrics.aiDuration.observe(labels, args.seconds);

  const counters = minuteCounters();
  const now = Date.now();
  counters.add(RollupKey.aiGenerations(args.provider, args.outcome), 1, now);
  if (args.outcome !== "cancelled") {
    counters.add(RollupKey.aiLatencyBucket(bucketBound(AI_LATENCY_BOUNDS_S, args.seconds)), 1, now);
    counters.add(RollupKey.aiLatencySum, args.seconds, now);
    counters.add(RollupKey.aiLatencyCount, 1, now);
  }
}

export function recordFallback(reason: FallbackReason): void {
  if (!metricsEnabled()) return;
  getMetrics().aiFallbacks.inc({ reason });
  minuteCounters().add(RollupKey.aiFallbacks, 1);
}

export function recordQuota(args: { window: "minute" | "day"; used: number; limit: number }): void {
  if (!metricsEnabled()) return;
  const metrics = getMetrics();
  metrics.aiQuotaUsed.set({ window: args.window }, args.used);
  metrics.aiQuotaLimit.set({ window: args.window }, args.limit);
}

export function recordStoreError(args: { store: "sqlite" | "firestore"; kind: "unavailable" | "other" }): void {
  if (!metricsEnabled()) return;
  getMetrics().storeErrors.inc(args);
  minuteCounters().add(RollupKey.storeErrors, 1);
}

/** Counts a probe round in Prometheus; the prober writes its rollup counters to the store itself, at once. */
export function recordProbe(passed: boolean): void {
  getMetrics().probes.inc({ result: passed ? "pass" : "fail" });
}

/** Counts a scheduled alert round: whether this instance evaluated (it leads), skipped (another leads) or failed. */
export function recordAlertRound(result: "evaluated" | "skipped" | "failed"): void {
  getMetrics().alertRounds.inc({ result });
}
