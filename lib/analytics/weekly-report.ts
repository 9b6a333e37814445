import "server-only";
import { responseTimesBySeverity } from "@/lib/incidents/response-times";
import { ONE_NUMBERS } from "@/lib/metrics/one-number-table";
import { RollupKey } from "@/lib/metrics/rollup-keys";
import type { RollupCounters, Store } from "@/lib/store/types";
import { countRetained } from "./activity";
import { aiOutcomeTotals, aiSuccessRate } from "./ai-outcomes";
import {
  AI_LATENCY_S,
  countAbove,
  type Histogram,
  HTTP_LATENCY_MS,
  histogramMean,
  histogramQuantile,
  observations,
  readHistogram,
} from "./histogram";
import { loadWeekIncidents, summarizeIncidents } from "./incidents";
import { percent, roundFigure } from "./reading";
import { counterValue } from "./rollups";
import { SLOS, type SloId, sloCompliance } from "./slo";
import { loadWeek, uptimePercent } from "./traffic";
import { type DayWindow, utcDays } from "./windows";

const HTTP_SLO_MS = 3000;
const AI_SLO_S = 30;

const pct = (share: number | null) => roundFigure(percent(share));

function sloEntry(id: SloId, bad: number, total: number) {
  const { allowedBadShare, objective, badEvents } = SLOS[id];
  const result = sloCompliance({ bad, total, allowedBadShare });
  return {
    objective,
    badEvents,
    events: total,
    bad,
    badPercent: pct(result.badShare),
    allowedBadPercent: pct(allowedBadShare),
    compliant: result.compliant,
    errorBudgetRemainingPercent: pct(result.errorBudgetRemaining),
  };
}

function sloSection(counters: RollupCounters, http: Histogram, ai: Histogram) {
  const checks = counterValue(counters, RollupKey.probeChecks);
  const requests = counterValue(counters, RollupKey.httpRequests);
  return {
    uptime: sloEntry("uptime", checks - counterValue(counters, RollupKey.probePassed), checks),
    responseTime: sloEntry("responseTime", countAbove(http, HTTP_SLO_MS), observations(http)),
    aiGeneration: sloEntry("aiGeneration", countAbove(ai, AI_SLO_S), observations(ai)),
    errorRate: sloEntry("errorRate", counterValue(counters, RollupKey.httpStatus("5xx")), requests),
  };
}

const dayWindow = (window: DayWindow) => ({
  from: window.from.toISOString(),
  to: window.to.toISOString(),
  fromDay: window.fromDay,
  toDay: window.toDay,
});

async function userFigures(store: Store, now: Date) {
  const thisWeek = utcDays(now, 7);
  const lastWeek = utcDays(now, 7, 7);
  const [active, before, newUsers] = await Promise.all([
    store.listActiveUserIds({ fromDay: thisWeek.fromDay, toDay: thisWeek.toDay }),
    store.listActiveUserIds({ fromDay: lastWeek.fromDay, toDay: lastWeek.toDay }),
    store.countNewUsers({ since: thisWeek.from, until: now }),
  ]);
  const retained = countRetained(before, active);
  return {
    window: { thisWeek: dayWindow(thisWeek), lastWeek: dayWindow(lastWeek) },
    weeklyActive: active.length,
    new: newUsers,
    activeLastWeek: before.length,
    retained,
    retentionPercent: before.length === 0 ? null : pct(retained / before.length),
  };
}

/** Every one-number endpoint's figure as of `now`, by metric name, as the endpoints would answer it. */
async function oneNumberFigures(store: Store, now: Date): Promise<Record<string, number | null>> {
  const readings = await Promise.all(ONE_NUMBERS.map((entry) => entry.read({ store, now })));
  return Object.fromEntries(readings.map((reading) => [reading.metric, reading.value]));
}

/**
 * The weekly operations report: service figures and incidents over the
 * rolling 7 × 24 h before `now`, user figures over UTC days, and each SLO of
 * the manual with the error budget left. Definitions: docs/operations.md, "Metric definitions".
 */
export async function buildWeeklyReport({ store, now, releaseId }: { store: Store; now: Date; releaseId: string }) {
  const [{ window, counters }, week, users, figures] = await Promise.all([
    loadWeek({ store, now }),
    loadWeekIncidents({ store, now }),
    userFigures(store, now),
    oneNumberFigures(store, now),
  ]);
  const http = readHistogram(counters, HTTP_LATENCY_MS);
  const ai = readHistogram(counters, AI_LATENCY_S);
  const outcomes = aiOutcomeTotals(counters);
  const incidents = summarizeIncidents(week.incidents, week.window);
  const requests = counterValue(counters, RollupKey.httpRequests);
  return {
    asOf: now.toISOString(),
    releaseId,
    window: { from: window.from.toISOString(), to: window.to.toISOString() },
    uptime: {
      percent: roundFigure(uptimePercent(counters)),
      probeChecks: counterValue(counters, RollupKey.probeChecks),
      probePassed: counterValue(counters, RollupKey.probePassed),
    },
    responseTime: {
      requests: observations(http),
      meanMs: roundFigure(histogramMean(http)),
      p50Ms: roundFigure(histogramQuantile(http, 0.5)),
      p95Ms: roundFigure(histogramQuantile(http, 0.95)),
    },
    errors: {
      requests,
      serverErrors: counterValue(counters, RollupKey.httpStatus("5xx")),
      ratePercent: requests === 0 ? null : pct(counterValue(counters, RollupKey.httpStatus("5xx")) / requests),
    },
    ai: {
      generations: outcomes.ok + outcomes.fallback + outcomes.failed,
      outcomes,
      successRatePercent: pct(aiSuccessRate(counters)),
      p90Seconds: roundFigure(histogramQuantile(ai, 0.9)),
    },
    users,
    incidents: {
      count: incidents.opened,
      resolved: incidents.resolved,
      meanResolutionMinutes: roundFigure(incidents.meanResolutionMinutes),
      bySeverity: responseTimesBySeverity(week.incidents, week.window).map((figures) => ({
        ...figures,
        mttaMinutes: roundFigure(figures.mttaMinutes),
        mttrMinutes: roundFigure(figures.mttrMinutes),
      })),
    },
    slo: sloSection(counters, http, ai),
    figures,
  };
}

export type WeeklyReport = Awaited<ReturnType<typeof buildWeeklyReport>>;
