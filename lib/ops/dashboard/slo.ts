import "server-only";
import { AI_LATENCY_S, countAbove, HTTP_LATENCY_MS, observations, readHistogram } from "@/lib/analytics/histogram";
import { stepWindows, sumWindows } from "@/lib/analytics/range-sums";
import type { ReadArgs } from "@/lib/analytics/reading";
import { counterValue } from "@/lib/analytics/rollups";
import { SLOS, type SloId, sloCompliance } from "@/lib/analytics/slo";
import { DAY_MS, utcDay } from "@/lib/analytics/windows";
import { RollupKey } from "@/lib/metrics/rollup-keys";
import type { RollupCounters } from "@/lib/store/types";
import type { SloPanel, SloRow } from "./types";

const WINDOW_DAYS = 30;

/** Bad and total events of each SLO in one set of counters. */
const EVENTS: Record<SloId, (c: RollupCounters) => { bad: number; total: number }> = {
  uptime: (c) => {
    const total = counterValue(c, RollupKey.probeChecks);
    return { bad: total - counterValue(c, RollupKey.probePassed), total };
  },
  responseTime: (c) => {
    const h = readHistogram(c, HTTP_LATENCY_MS);
    return { bad: countAbove(h, 3000), total: observations(h) };
  },
  aiGeneration: (c) => {
    const h = readHistogram(c, AI_LATENCY_S);
    return { bad: countAbove(h, 30), total: observations(h) };
  },
  errorRate: (c) => ({ bad: counterValue(c, RollupKey.httpStatus("5xx")), total: counterValue(c, RollupKey.httpRequests) }),
};

const round1 = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);

/**
 * SLO compliance and the error budget left, day by day, over the last 30 UTC
 * days, from the rollups and the objectives in lib/analytics/slo.ts.
 * SEAM: the alerting work's SLO configuration (`computeSloReport`, each SLO
 * over its own window) replaces this reader; the panel's props stay.
 */
export async function loadSloPanel({ store, now }: ReadArgs): Promise<SloPanel> {
  const end = Math.floor(now.getTime() / DAY_MS) * DAY_MS + DAY_MS;
  const windows = stepWindows(end, DAY_MS, WINDOW_DAYS).map((w) => ({ from: w.from, to: new Date(Math.min(+w.to, +now)) }));
  const days = await sumWindows(store, windows, now);
  const slos: SloRow[] = (Object.keys(SLOS) as SloId[]).map((id) => {
    const slo = SLOS[id];
    let bad = 0;
    let total = 0;
    const budgetRemaining = days.map((counters) => {
      const events = EVENTS[id](counters);
      bad += events.bad;
      total += events.total;
      const { errorBudgetRemaining } = sloCompliance({ bad, total, allowedBadShare: slo.allowedBadShare });
      return round1(errorBudgetRemaining === null ? null : errorBudgetRemaining * 100);
    });
    const compliance = sloCompliance({ bad, total, allowedBadShare: slo.allowedBadShare });
    return {
      id,
      objective: slo.objective,
      window: `${WINDOW_DAYS} days`,
      badPercent: compliance.badShare === null ? null : Math.round(compliance.badShare * 100_000) / 1000,
      allowedPercent: slo.allowedBadShare * 100,
      compliant: compliance.compliant,
      budgetRemaining,
    };
  });
  return {
    source: `Objectives of the operations manual over the last ${WINDOW_DAYS} UTC days, from the rollups`,
    days: windows.map((w) => utcDay(w.from)),
    slos,
  };
}
