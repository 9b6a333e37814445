import type { BusinessHours } from "./slo-config";

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

export interface Interval {
  from: Date;
  to: Date;
}

/** The zone's offset from UTC in ms at `instant` (negative west of Greenwich). */
function zoneOffsetMs(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** The instant a wall-clock hour of a local date happens in `timeZone` (DST-aware: checked twice). */
export function zonedHourToUtc(date: { year: number; month: number; day: number }, hour: number, timeZone: string): number {
  const wall = Date.UTC(date.year, date.month - 1, date.day, hour);
  let instant = wall - zoneOffsetMs(wall, timeZone);
  instant = wall - zoneOffsetMs(instant, timeZone);
  return instant;
}

/** The local calendar date of an instant in `timeZone`. */
export function localDate(instant: number, timeZone: string) {
  const local = new Date(instant + zoneOffsetMs(instant, timeZone));
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate(), weekday: local.getUTCDay() };
}

/**
 * The parts of `window` that fall within business hours, oldest first. Each
 * local day contributes at most one interval, clipped to the window.
 */
export function businessIntervals(window: Interval, hours: BusinessHours): Interval[] {
  const from = window.from.getTime();
  const to = window.to.getTime();
  const intervals: Interval[] = [];
  const seen = new Set<string>();
  // Half-day steps from a day early: no local date is skipped across a DST change, none counted twice.
  for (let cursor = from - DAY_MS; cursor < to + DAY_MS; cursor += DAY_MS / 2) {
    const date = localDate(cursor, hours.timeZone);
    const key = `${date.year}-${date.month}-${date.day}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (!hours.days.includes(date.weekday)) continue;
    const start = Math.max(from, zonedHourToUtc(date, hours.startHour, hours.timeZone));
    const end = Math.min(to, zonedHourToUtc(date, hours.endHour, hours.timeZone));
    if (start >= end) continue;
    intervals.push({ from: new Date(start), to: new Date(end) });
  }
  return intervals;
}

/** True when `instant` is within business hours. */
export function isBusinessHour(instant: Date, hours: BusinessHours): boolean {
  return businessIntervals({ from: instant, to: new Date(instant.getTime() + 1) }, hours).length > 0;
}
