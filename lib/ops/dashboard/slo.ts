import "server-only";
import { sumWindows } from "@/lib/analytics/range-sums";
import type { ReadArgs } from "@/lib/analytics/reading";
import { DAY_MS, HOUR_MS, rollupRange, type TimeWindow } from "@/lib/analytics/windows";
import { getEnv } from "@/lib/env";
import { businessIntervals } from "@/lib/slo/business-hours";
import type { Slo, SloConfig } from "@/lib/slo/slo-config";
import { countEvents } from "@/lib/slo/slo-events";
import { computeSloReport, type SloStatus } from "@/lib/slo/slo-report";
import { sloConfigFromEnv } from "@/lib/slo/slo-settings";
import { addCounters } from "@/lib/slo/slo-window";
import type { RollupCounters } from "@/lib/store/types";
import type { SloBurnDown, SloPanel, SloRow } from "./types";

const round1 = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);

/** Cuts [from, to) at each whole `stepMs` (UTC), so finished steps read the same store ranges on every refresh. */
export function cutWindow(window: TimeWindow, stepMs: number): TimeWindow[] {
  const steps: TimeWindow[] = [];
  let from = window.from.getTime();
  const to = window.to.getTime();
  while (from < to) {
    const end = Math.min(to, Math.floor(from / stepMs) * stepMs + stepMs);
    steps.push({ from: new Date(from), to: new Date(end) });
    from = end;
  }
  return steps;
}

const spanOf = (days: number) => (days === 1 ? "24 hours" : `${days} days`);

function windowWords(slo: Slo): string {
  return slo.window.kind === "business_hours" ? `${spanOf(slo.window.days)}, business hours` : spanOf(slo.window.days);
}

/** Counters of each step, within business hours when the SLO counts only those. */
async function stepCounters(args: ReadArgs, steps: TimeWindow[], slo: Slo, config: SloConfig): Promise<RollupCounters[]> {
  if (slo.window.kind === "rolling") return sumWindows(args.store, steps.map(rollupRange), args.now);
  const parts = steps.map((step) => businessIntervals(step, config.businessHours).map(rollupRange));
  const sums = await sumWindows(args.store, parts.flat(), args.now);
  let next = 0;
  return parts.map((inStep) => {
    const start = next;
    next += inStep.length;
    return addCounters(sums.slice(start, next));
  });
}

/** Budget left (percent) after each step, counting from the window's start. */
function burnDown(counters: RollupCounters[], slo: Slo): (number | null)[] {
  let bad = 0;
  let total = 0;
  return counters.map((step) => {
    const events = countEvents(slo.events, step);
    bad += events.bad;
    total += events.total;
    if (total === 0) return null;
    return round1(Math.min(1, Math.max(0, 1 - bad / (slo.allowedBadShare * total))) * 100);
  });
}

function row(slo: Slo, status: SloStatus): SloRow {
  const { bad, total } = status.events;
  return {
    id: slo.id,
    name: slo.name,
    objective: slo.objective,
    window: windowWords(slo),
    measured: status.measured,
    badPercent: total === 0 ? null : Math.round((bad / total) * 100_000) / 1000,
    allowedPercent: Math.round(slo.allowedBadShare * 100_000) / 1000,
    compliant: status.compliant,
    budget: { total: status.errorBudget.total, spent: status.errorBudget.spent, left: status.errorBudget.left },
    budgetLeftPercent: status.errorBudget.leftShare === null ? null : round1(status.errorBudget.leftShare * 100),
  };
}

/**
 * The SLO report (lib/slo: every objective over its own window, business-hours
 * availability included) with each error budget burning down over its window:
 * by day for the 30-day objectives, by hour for the daily error rate.
 */
export async function loadSloPanel(args: ReadArgs): Promise<SloPanel> {
  const config = sloConfigFromEnv(getEnv());
  const report = await computeSloReport({ store: args.store, now: args.now, config });
  const byDays = new Map<number, SloBurnDown>();
  for (const slo of config.slos) {
    const days = slo.window.days;
    const stepMs = days >= 2 ? DAY_MS : HOUR_MS;
    const steps = cutWindow({ from: new Date(args.now.getTime() - days * DAY_MS), to: args.now }, stepMs);
    const chart = byDays.get(days) ?? {
      span: spanOf(days),
      step: stepMs === DAY_MS ? "day" : "hour",
      time: steps.map((step) => Math.round(step.to.getTime() / 1000)),
      series: [],
    };
    byDays.set(days, chart);
    chart.series.push({ id: slo.id, name: slo.name, values: burnDown(await stepCounters(args, steps, slo, config), slo) });
  }
  const statuses = new Map(report.slos.map((status) => [status.id, status]));
  const hours = config.businessHours;
  return {
    source: `Objectives of the SLO configuration, each over its own window; business hours ${hours.startHour}:00 to ${hours.endHour}:00 ${hours.timeZone}`,
    slos: config.slos.flatMap((slo) => {
      const status = statuses.get(slo.id);
      return status ? [row(slo, status)] : [];
    }),
    burnDowns: [...byDays.values()].sort((a, b) => b.time.length - a.time.length),
  };
}
