import "server-only";
import { AI_LATENCY_S, HTTP_LATENCY_MS, histogramQuantile, readHistogram } from "@/lib/analytics/histogram";
import { roundFigure } from "@/lib/analytics/reading";
import { DAY_MS } from "@/lib/analytics/windows";
import { getEnv } from "@/lib/env";
import type { RollupCounters, Store } from "@/lib/store/types";
import type { Slo, SloConfig } from "./slo-config";
import { countEvents } from "./slo-events";
import { sloConfigFromEnv } from "./slo-settings";
import { sumWindow } from "./slo-window";

export interface SloStatus {
  id: Slo["id"];
  name: string;
  objective: string;
  /** Target as a share of good events (0.995), and for quantile SLOs the latency bound too. */
  target: { goodShare: number; quantile?: { q: number; below: number; unit: string } };
  window: { kind: Slo["window"]["kind"]; days: number; from: string; to: string };
  events: { total: number; bad: number; badEvents: string };
  /** The figure as people read it: percent good, percent bad, or the quantile in its unit. Null without events. */
  measured: { value: number | null; unit: string };
  /** Null without events (nothing to judge). */
  compliant: boolean | null;
  errorBudget: {
    /** Bad events the objective allows over the window's events. */
    total: number;
    spent: number;
    left: number;
    /** 0 to 1 (0 once spent); null without events. */
    leftShare: number | null;
  };
}

function measured(slo: Slo, counters: RollupCounters, bad: number, total: number): SloStatus["measured"] {
  if (slo.measure.kind === "quantile") {
    const histogram = readHistogram(counters, slo.measure.unit === "ms" ? HTTP_LATENCY_MS : AI_LATENCY_S);
    return { value: roundFigure(histogramQuantile(histogram, slo.measure.q)), unit: slo.measure.unit };
  }
  if (total === 0) return { value: null, unit: "percent" };
  const share = slo.measure.kind === "good_percent" ? 1 - bad / total : bad / total;
  return { value: roundFigure(share * 100), unit: "percent" };
}

/** One SLO's compliance and error budget over its window ending at `now`. */
export async function computeSloStatus(args: { store: Store; now: Date; slo: Slo; config: SloConfig }): Promise<SloStatus> {
  const { store, now, slo, config } = args;
  const window = { from: new Date(now.getTime() - slo.window.days * DAY_MS), to: now };
  const counters = await sumWindow(store, window, slo.window.kind === "business_hours" ? config.businessHours : undefined);
  const { bad, total } = countEvents(slo.events, counters);
  const budget = slo.allowedBadShare * total;
  const quantile =
    slo.measure.kind === "quantile" ? { q: slo.measure.q, below: slo.measure.target, unit: slo.measure.unit } : undefined;
  return {
    id: slo.id,
    name: slo.name,
    objective: slo.objective,
    target: { goodShare: roundFigure(1 - slo.allowedBadShare), ...(quantile ? { quantile } : {}) },
    window: { kind: slo.window.kind, days: slo.window.days, from: window.from.toISOString(), to: now.toISOString() },
    events: { total, bad, badEvents: slo.badEvents },
    measured: measured(slo, counters, bad, total),
    compliant: total === 0 ? null : bad <= budget,
    errorBudget: {
      total: roundFigure(budget),
      spent: bad,
      left: roundFigure(Math.max(0, budget - bad)),
      leftShare: total === 0 ? null : roundFigure(Math.min(1, Math.max(0, 1 - bad / budget))),
    },
  };
}

/**
 * Every SLO of the configuration (the manual's, with the environment's
 * business hours, by default) over its own window ending at `now`.
 */
export async function computeSloReport(args: { store: Store; now: Date; config?: SloConfig }) {
  const config = args.config ?? sloConfigFromEnv(getEnv());
  const slos = await Promise.all(config.slos.map((slo) => computeSloStatus({ store: args.store, now: args.now, slo, config })));
  return { asOf: args.now.toISOString(), businessHours: config.businessHours, slos };
}
export type SloReport = Awaited<ReturnType<typeof computeSloReport>>;
