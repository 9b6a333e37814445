/** Time windows of the analytics figures. Every window ends at the moment of reading (`to`, excluded). */

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;
export const WEEK_MS = 7 * DAY_MS;

export interface TimeWindow {
  from: Date;
  to: Date;
}

/** The `ms` before `now`. */
export function rollingWindow(now: Date, ms: number): TimeWindow {
  return { from: new Date(now.getTime() - ms), to: now };
}

const floorMinute = (ms: number) => Math.floor(ms / MINUTE_MS) * MINUTE_MS;
const ceilMinute = (ms: number) => Math.ceil(ms / MINUTE_MS) * MINUTE_MS;

/**
 * The rollup minutes that started inside `window` (the range to pass to
 * `Store.listRollups`): the current, partly flushed minute is in, the minute
 * that began before the window is out.
 */
export function rollupRange(window: TimeWindow): TimeWindow {
  return { from: new Date(ceilMinute(window.from.getTime())), to: window.to };
}

/** The last UTC minute that has ended. */
export function lastCompleteMinute(now: Date): TimeWindow {
  const to = floorMinute(now.getTime());
  return { from: new Date(to - MINUTE_MS), to: new Date(to) };
}

/** `YYYY-MM-DD` of a moment, in UTC. */
export function utcDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export interface DayWindow extends TimeWindow {
  fromDay: string;
  toDay: string;
}

/**
 * `days` whole UTC calendar days ending `daysBack` days before today's
 * (0: today included, up to `now`). `from` is the first day's midnight; `to`
 * is `now` for a window that includes today, else the midnight after its last day.
 */
export function utcDays(now: Date, days: number, daysBack = 0): DayWindow {
  const todayStart = Math.floor(now.getTime() / DAY_MS) * DAY_MS;
  const lastDayStart = todayStart - daysBack * DAY_MS;
  const from = new Date(lastDayStart - (days - 1) * DAY_MS);
  const to = daysBack === 0 ? now : new Date(lastDayStart + DAY_MS);
  return { from, to, fromDay: utcDay(from), toDay: utcDay(new Date(lastDayStart)) };
}
