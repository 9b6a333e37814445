import { AI_LATENCY_S, countAbove, HTTP_LATENCY_MS, observations, readHistogram } from "@/lib/analytics/histogram";
import { counterValue } from "@/lib/analytics/rollups";
import { RollupKey } from "@/lib/metrics/rollup-keys";
import type { RollupCounters } from "@/lib/store/observability-records";
import type { SloEvents } from "./slo-config";

export interface EventCount {
  bad: number;
  total: number;
}

/** Bad events and all events of each kind, read from summed rollup counters. */
export const SLO_EVENT_READERS: Record<SloEvents, (counters: RollupCounters) => EventCount> = {
  probe_failures: (counters) => {
    const total = counterValue(counters, RollupKey.probeChecks);
    return { bad: total - counterValue(counters, RollupKey.probePassed), total };
  },
  http_5xx: (counters) => ({
    bad: counterValue(counters, RollupKey.httpStatus("5xx")),
    total: counterValue(counters, RollupKey.httpRequests),
  }),
  http_slower_than_3s: (counters) => {
    const http = readHistogram(counters, HTTP_LATENCY_MS);
    return { bad: countAbove(http, 3000), total: observations(http) };
  },
  ai_slower_than_30s: (counters) => {
    const ai = readHistogram(counters, AI_LATENCY_S);
    return { bad: countAbove(ai, 30), total: observations(ai) };
  },
};

export function countEvents(events: SloEvents, counters: RollupCounters): EventCount {
  return SLO_EVENT_READERS[events](counters);
}
