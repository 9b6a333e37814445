import "server-only";
import { RollupKey } from "@/lib/metrics/rollup-keys";
import type { RollupCounters, Store } from "@/lib/store/types";
import { aiGenerationCount } from "./ai-outcomes";
import { HTTP_LATENCY_MS, histogramMean, readHistogram } from "./histogram";
import { type MetricReading, percent, type ReadArgs, reading } from "./reading";
import { counterValue } from "./rollups";
import { DAY_MS, lastCompleteMinute, rollingWindow, rollupRange, type TimeWindow, WEEK_MS } from "./windows";

/** Every instance's counters summed over the rollup minutes that started in `window`. */
export async function sumCountersIn(store: Store, window: TimeWindow): Promise<RollupCounters> {
  // Summed by the store: it reads hourly totals for whole hours, not each minute of each instance.
  return store.sumRollupCounters(rollupRange(window));
}

/** The rolling 7 × 24 h before `now` and every instance's counters in it (the weekly figures and report share one read). */
export async function loadWeek({ store, now }: ReadArgs): Promise<{ window: TimeWindow; counters: RollupCounters }> {
  const window = rollingWindow(now, WEEK_MS);
  return { window, counters: await sumCountersIn(store, window) };
}

export async function readAiGenerations24h({ store, now }: ReadArgs): Promise<MetricReading> {
  const window = rollingWindow(now, DAY_MS);
  const counters = await sumCountersIn(store, window);
  return reading("ai_generations_24h", aiGenerationCount(counters), "generations", window, now);
}

/** Requests in the last complete UTC minute, over all instances. */
export async function readRequestsPerMinute({ store, now }: ReadArgs): Promise<MetricReading> {
  const window = lastCompleteMinute(now);
  const counters = await store.sumRollupCounters(window);
  return reading("requests_per_minute", counterValue(counters, RollupKey.httpRequests), "requests/min", window, now);
}

/** Passing probe checks over all probe checks, in percent; null before the first probe. */
export function uptimePercent(counters: RollupCounters): number | null {
  const checks = counterValue(counters, RollupKey.probeChecks);
  return checks === 0 ? null : percent(counterValue(counters, RollupKey.probePassed) / checks);
}

export async function readUptimeWeekly(args: ReadArgs): Promise<MetricReading> {
  const { window, counters } = await loadWeek(args);
  return reading("uptime_weekly", uptimePercent(counters), "percent", window, args.now);
}

export async function readResponseTimeWeekly(args: ReadArgs): Promise<MetricReading> {
  const { window, counters } = await loadWeek(args);
  return reading("response_time_mean_weekly", histogramMean(readHistogram(counters, HTTP_LATENCY_MS)), "ms", window, args.now);
}

export async function readAiGenerationsWeekly(args: ReadArgs): Promise<MetricReading> {
  const { window, counters } = await loadWeek(args);
  return reading("ai_generations_weekly", aiGenerationCount(counters), "generations", window, args.now);
}

/** Server errors (5xx) over all requests in the last 24 h, in percent; null before the first request. */
export async function readErrorRate24h({ store, now }: ReadArgs): Promise<MetricReading> {
  const window = rollingWindow(now, DAY_MS);
  const counters = await sumCountersIn(store, window);
  const requests = counterValue(counters, RollupKey.httpRequests);
  const share = requests === 0 ? null : counterValue(counters, RollupKey.httpStatus("5xx")) / requests;
  return reading("error_rate_24h", percent(share), "percent", window, now);
}
