import "server-only";
import { aiGenerationCount, aiOutcomeTotals } from "@/lib/analytics/ai-outcomes";
import { HTTP_LATENCY_MS, histogramQuantile, readHistogram } from "@/lib/analytics/histogram";
import { stepWindows, sumWindows } from "@/lib/analytics/range-sums";
import type { ReadArgs } from "@/lib/analytics/reading";
import { counterValue } from "@/lib/analytics/rollups";
import { HOUR_MS } from "@/lib/analytics/windows";
import { RollupKey } from "@/lib/metrics/rollup-keys";
import type { SeriesPanel } from "./types";

/** 24 h in hourly points, 7 days in 6-hour points: a few dozen store reads, finished buckets cached. */
export const SERIES = { "24h": { stepMs: HOUR_MS, count: 24 }, "7d": { stepMs: 6 * HOUR_MS, count: 28 } } as const;

export async function loadSeriesPanel({ store, now }: ReadArgs, range: keyof typeof SERIES): Promise<SeriesPanel> {
  const { stepMs, count } = SERIES[range];
  // Buckets end on whole steps (cacheable); the last one is the step still running.
  const end = Math.floor(now.getTime() / stepMs) * stepMs + stepMs;
  const windows = stepWindows(end, stepMs, count).map((w) => ({ from: w.from, to: new Date(Math.min(+w.to, +now)) }));
  const sums = await sumWindows(store, windows, now);
  return {
    time: windows.map((w) => Math.round(w.from.getTime() / 1000)),
    requests: sums.map((c) => counterValue(c, RollupKey.httpRequests)),
    errors: sums.map((c) => counterValue(c, RollupKey.httpStatus("5xx"))),
    p95Ms: sums.map((c) => histogramQuantile(readHistogram(c, HTTP_LATENCY_MS), 0.95)),
    aiGenerations: sums.map(aiGenerationCount),
    aiFailed: sums.map((c) => aiOutcomeTotals(c).failed),
    stepSeconds: stepMs / 1000,
  };
}
