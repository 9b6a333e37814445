import "server-only";
import { SETTLED_AFTER_MS, stepWindows, sumWindows } from "@/lib/analytics/range-sums";
import { DAY_MS, utcDay } from "@/lib/analytics/windows";
import type { StatusComponent, Store, UptimeDay } from "@/lib/store/types";
import { PROBE_TARGET, probeCounts } from "./uptime-history";

/**
 * Days looked back at each settlement: every day the rollups still hold (the
 * shortest retention `ops purge-rollups` allows is 31 days), so a day missed
 * while no instance was up is still recorded later.
 */
export const SETTLE_LOOKBACK_DAYS = 31;
/** Days of bars the status page shows. */
export const UPTIME_DAYS_SHOWN = 90;

/** The midnight (UTC) that ended the last day whose late rollup flushes have all landed. */
export function lastSettledMidnight(now: Date): number {
  return Math.floor((now.getTime() - SETTLED_AFTER_MS) / DAY_MS) * DAY_MS;
}

/**
 * Sums the probe rollups of every settled day of the last `lookbackDays` that
 * has no daily record yet into one record per component with checks, and saves
 * them (kept after the rollups are purged: the status page's 90 days). Days
 * already recorded are not read again. Returns what it saved.
 */
export async function recordSettledUptimeDays(args: { store: Store; now: Date; lookbackDays?: number }): Promise<UptimeDay[]> {
  const windows = stepWindows(lastSettledMidnight(args.now), DAY_MS, args.lookbackDays ?? SETTLE_LOOKBACK_DAYS);
  const first = windows[0];
  const last = windows.at(-1);
  if (!first || !last) return [];
  const recorded = await args.store.listUptimeDays({ fromDay: utcDay(first.from), toDay: utcDay(last.from) });
  const known = new Set(recorded.map((record) => record.day));
  const missing = windows.filter((window) => !known.has(utcDay(window.from)));
  const sums = await sumWindows(args.store, missing, args.now);
  const days: UptimeDay[] = [];
  missing.forEach((window, i) => {
    for (const [component, target] of Object.entries(PROBE_TARGET) as [StatusComponent, string][]) {
      const counts = probeCounts(sums[i] ?? {}, target);
      if (counts.checks > 0) days.push({ day: utcDay(window.from), component, ...counts });
    }
  });
  await args.store.saveUptimeDays({ days });
  return days;
}

const KEY = Symbol.for("marketplanai.uptimeDaysSettled");
type Holder = { [KEY]?: Map<string, number> };

/**
 * `recordSettledUptimeDays` at most once per settled day per process and
 * store: the prober calls it after every round, and a day settles once.
 * A failed attempt is tried again on the next call.
 */
export async function recordSettledUptimeDaysOnce(args: { store: Store; now: Date }): Promise<UptimeDay[] | null> {
  const holder = globalThis as Holder;
  holder[KEY] ??= new Map();
  const settled = holder[KEY];
  const midnight = lastSettledMidnight(args.now);
  if (settled.get(args.store.kind) === midnight) return null;
  const saved = await recordSettledUptimeDays(args);
  settled.set(args.store.kind, midnight);
  return saved;
}

export function resetUptimeDaysForTests(): void {
  (globalThis as Holder)[KEY] = undefined;
}
