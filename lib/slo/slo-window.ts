import "server-only";
import { rollupRange } from "@/lib/analytics/windows";
import type { RollupCounters, Store } from "@/lib/store/types";
import { businessIntervals, type Interval } from "./business-hours";
import type { BusinessHours } from "./slo-config";

/** Adds counter sets together. */
export function addCounters(sets: readonly RollupCounters[]): RollupCounters {
  const total: RollupCounters = {};
  for (const counters of sets) for (const [key, value] of Object.entries(counters)) total[key] = (total[key] ?? 0) + value;
  return total;
}

/**
 * Every instance's counters over the rollup minutes that started in `window`,
 * or only in its business hours when `hours` is given (one store sum per
 * local day; the manual's hours are whole hours, so the store reads hourly totals).
 */
export async function sumWindow(store: Store, window: Interval, hours?: BusinessHours): Promise<RollupCounters> {
  const parts = hours ? businessIntervals(window, hours) : [window];
  const sums = await Promise.all(parts.map((part) => store.sumRollupCounters(rollupRange(part))));
  return addCounters(sums);
}
