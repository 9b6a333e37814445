import type { MinuteRollup, RollupCounters } from "@/lib/store/observability-records";

/**
 * Adds up the counters of many rollups (every instance, every minute) into one
 * set: the figure for the whole service over those minutes.
 */
export function sumRollups(rollups: readonly Pick<MinuteRollup, "counters">[]): RollupCounters {
  const total: RollupCounters = {};
  for (const { counters } of rollups) {
    for (const [key, value] of Object.entries(counters)) total[key] = (total[key] ?? 0) + value;
  }
  return total;
}

/** A counter's value, 0 when nothing was counted under that key. */
export function counterValue(counters: RollupCounters, key: string): number {
  return counters[key] ?? 0;
}
