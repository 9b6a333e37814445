import "server-only";
import { stepWindows, sumWindows } from "@/lib/analytics/range-sums";
import { counterValue } from "@/lib/analytics/rollups";
import { DAY_MS, utcDay } from "@/lib/analytics/windows";
import { RollupKey } from "@/lib/metrics/rollup-keys";
import type { RollupCounters, StatusComponent, Store, UptimeDay as UptimeDayRecord } from "@/lib/store/types";

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

/**
 * Daily records change at most once a day (a day settling), so the page, its
 * feeds and badge read them from the store every few minutes, not on every
 * computation; until then a newly recorded day is read from its rollups, which
 * give the same figures.
 */
const RECORDS_FRESH_MS = 5 * 60_000;
const RECORDS_KEY = Symbol.for("marketplanai.uptimeDayRecords");
type RecordsHolder = { [RECORDS_KEY]?: { key: string; at: number; records: UptimeDayRecord[] } };

async function readRecords(store: Store, fromDay: string, toDay: string, now: Date): Promise<UptimeDayRecord[]> {
  const holder = globalThis as RecordsHolder;
  const key = `${store.kind}:${fromDay}:${toDay}`;
  const known = holder[RECORDS_KEY];
  if (known?.key === key && now.getTime() - known.at < RECORDS_FRESH_MS) return known.records;
  const records = await store.listUptimeDays({ fromDay, toDay });
  holder[RECORDS_KEY] = { key, at: now.getTime(), records };
  return records;
}

export function resetUptimeHistoryForTests(): void {
  (globalThis as RecordsHolder)[RECORDS_KEY] = undefined;
}

/**
 * `days` UTC calendar days up to today, per component, oldest first. A day
 * with a daily record (lib/status/uptime-days.ts: kept 90 days and more) reads
 * it; the others, today included, sum the probe rollups (kept 35 days).
 */
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
  const first = windows[0]?.from ?? args.now;
  const records = await readRecords(args.store, utcDay(first), utcDay(args.now), args.now);
  const recorded = new Map<string, UptimeDayRecord[]>();
  for (const record of records) recorded.set(record.day, [...(recorded.get(record.day) ?? []), record]);
  const unrecorded = windows.filter((w) => !recorded.has(utcDay(w.from)));
  const sums = new Map(
    (await sumWindows(args.store, unrecorded, args.now)).map((sum, i) => [utcDay(unrecorded[i]?.from ?? first), sum]),
  );
  const result = {} as Record<StatusComponent, ComponentUptime>;
  for (const [component, target] of Object.entries(PROBE_TARGET) as [StatusComponent, string][]) {
    const total: ProbeCounts = { checks: 0, passed: 0 };
    const days = windows.map((window) => {
      const day = utcDay(window.from);
      const dayRecords = recorded.get(day);
      const record = dayRecords?.find((r) => r.component === component);
      const counts = dayRecords
        ? { checks: record?.checks ?? 0, passed: record?.passed ?? 0 }
        : probeCounts(sums.get(day) ?? {}, target);
      total.checks += counts.checks;
      total.passed += counts.passed;
      return { day, checks: counts.checks, uptime: percentOf(counts) };
    });
    result[component] = { days, uptime: percentOf(total) };
  }
  return result;
}
