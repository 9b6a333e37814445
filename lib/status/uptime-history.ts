import "server-only";
import { stepWindows, sumWindows } from "@/lib/analytics/range-sums";
import { counterValue } from "@/lib/analytics/rollups";
import { DAY_MS, utcDay } from "@/lib/analytics/windows";
import { RollupKey } from "@/lib/metrics/rollup-keys";
import type { RollupCounters, StatusComponent, Store } from "@/lib/store/types";

/** Which probe target speaks for each component (the manual's three endpoints). */
export const PROBE_TARGET: Record<StatusComponent, "home" | "health" | "ai_health"> = {
  application: "home",
  database: "health",
  ai_service: "ai_health",
};

export interface ProbeCounts {
  checks: number;
  passed: number;
}

/**
 * Probe checks for one target: the per-target counters `probe_checks.<target>`
 * when the prober recorded them, else the overall `probe_checks` (what older
 * rollups hold, and all there is before per-target probing).
 */
export function probeCounts(counters: RollupCounters, target: string): ProbeCounts {
  const perTarget = `${RollupKey.probeChecks}.${target}`;
  if (perTarget in counters) {
    return { checks: counterValue(counters, perTarget), passed: counterValue(counters, `${RollupKey.probePassed}.${target}`) };
  }
  return { checks: counterValue(counters, RollupKey.probeChecks), passed: counterValue(counters, RollupKey.probePassed) };
}

export interface UptimeDay {
  day: string;
  checks: number;
  /** Percent of passing checks; null on a day without checks. */
  uptime: number | null;
}

export interface ComponentUptime {
  days: UptimeDay[];
  /** Over every day shown; null without any check. */
  uptime: number | null;
}

const percentOf = ({ checks, passed }: ProbeCounts) => (checks === 0 ? null : (passed / checks) * 100);

/** `days` UTC calendar days up to today, per component, oldest first. */
export async function loadUptimeHistory(args: {
  store: Store;
  now: Date;
  days: number;
}): Promise<Record<StatusComponent, ComponentUptime>> {
  const todayEnd = Math.floor(args.now.getTime() / DAY_MS) * DAY_MS + DAY_MS;
  const windows = stepWindows(todayEnd, DAY_MS, args.days).map((w) => ({
    from: w.from,
    to: new Date(Math.min(w.to.getTime(), args.now.getTime())),
  }));
  const sums = await sumWindows(args.store, windows, args.now);
  const result = {} as Record<StatusComponent, ComponentUptime>;
  for (const [component, target] of Object.entries(PROBE_TARGET) as [StatusComponent, string][]) {
    const total: ProbeCounts = { checks: 0, passed: 0 };
    const days = sums.map((counters, i) => {
      const counts = probeCounts(counters, target);
      total.checks += counts.checks;
      total.passed += counts.passed;
      return { day: utcDay(windows[i]?.from ?? args.now), checks: counts.checks, uptime: percentOf(counts) };
    });
    result[component] = { days, uptime: percentOf(total) };
  }
  return result;
}
