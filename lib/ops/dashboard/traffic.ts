import "server-only";
import { aiGenerationCount, aiSuccessRate } from "@/lib/analytics/ai-outcomes";
import { HTTP_LATENCY_MS, histogramQuantile, readHistogram } from "@/lib/analytics/histogram";
import { percent, type ReadArgs, roundFigure } from "@/lib/analytics/reading";
import { counterValue } from "@/lib/analytics/rollups";
import { HOUR_MS, rollingWindow, rollupRange } from "@/lib/analytics/windows";
import { RollupKey } from "@/lib/metrics/rollup-keys";
import type { TrafficPanel } from "./types";

/** The manual's "Key Metrics (Last 1 Hour)", every instance summed. */
export async function loadTrafficPanel({ store, now }: ReadArgs): Promise<TrafficPanel> {
  const window = rollingWindow(now, HOUR_MS);
  const [counters, activeUsers] = await Promise.all([
    store.sumRollupCounters(rollupRange(window)),
    store.countUsersActiveSince({ since: window.from }),
  ]);
  const requests = counterValue(counters, RollupKey.httpRequests);
  const errors = counterValue(counters, RollupKey.httpStatus("5xx"));
  const latency = readHistogram(counters, HTTP_LATENCY_MS);
  return {
    window: { from: window.from.toISOString(), to: window.to.toISOString() },
    requests,
    successRate: roundFigure(requests === 0 ? null : percent(1 - errors / requests)),
    p50Ms: roundFigure(histogramQuantile(latency, 0.5)),
    p95Ms: roundFigure(histogramQuantile(latency, 0.95)),
    aiGenerations: aiGenerationCount(counters),
    aiSuccessRate: roundFigure(percent(aiSuccessRate(counters))),
    activeUsers,
  };
}
