import type { Store } from "@/lib/store/types";
import type { TimeWindow } from "./windows";

/** What every figure is read from: the store, as of `now`. */
export interface ReadArgs {
  store: Store;
  now: Date;
}

/** One figure as the one-number endpoints serve it. */
export interface MetricReading {
  metric: string;
  /** Null when there is nothing to compute it from (no probe yet, no request, no user last week). */
  value: number | null;
  unit: string;
  /** ISO 8601 bounds; `to` is excluded. */
  window: { from: string; to: string };
  asOf: string;
}

/** Figures keep at most three decimals: 119 of 120 probes is 99.167 (percent). */
export function roundFigure(value: number): number;
export function roundFigure(value: number | null): number | null;
export function roundFigure(value: number | null): number | null {
  return value === null ? null : Math.round(value * 1000) / 1000;
}

export function reading(metric: string, value: number | null, unit: string, window: TimeWindow, asOf: Date): MetricReading {
  return {
    metric,
    value: roundFigure(value),
    unit,
    window: { from: window.from.toISOString(), to: window.to.toISOString() },
    asOf: asOf.toISOString(),
  };
}

export const percent = (share: number | null) => (share === null ? null : share * 100);
