import { addDays, isoDate, nextMonday, utcDay, WorkingCalendar } from "@/lib/calendar/working-days";
import type { ExportablePlan } from "./exportable";

export { isoDate };

/** Each roadmap phase is named by its end day; it starts the day after the previous one ends. */
export const PHASE_START_DAY: Record<30 | 60 | 90, number> = { 30: 1, 60: 31, 90: 61 };

/** Midnight UTC of the day the plan was created (its date in file names and CSV rows). */
export function planStart(createdAt: string): Date {
  return utcDay(createdAt);
}

/**
 * The dates of a plan's relative days. Day 1 is the plan's start date (asked
 * on the form; for older plans, the first Monday after they were created).
 * Day N is N-1 calendar days later, moved to the next working day when it
 * falls on a weekend or a public holiday of the plan's country, so "day 30"
 * still means about a month in, and no task lands on 25 December.
 */
export class PlanSchedule {
  readonly start: Date;
  readonly calendar: WorkingCalendar;

  constructor(source: Pick<ExportablePlan, "createdAt" | "schedule">) {
    const stated = source.schedule?.startDate;
    this.calendar = new WorkingCalendar(source.schedule?.country);
    this.start = this.calendar.onOrAfter(stated ? utcDay(stated) : nextMonday(addDays(utcDay(source.createdAt), -1)));
  }

  /** The working date of day `day` (1-based). */
  dateOfDay(day: number): Date {
    return this.calendar.onOrAfter(addDays(this.start, day - 1));
  }

  /** The first working day of week `week` (1-based). */
  startOfWeek(week: number): Date {
    return this.dateOfDay((week - 1) * 7 + 1);
  }
}
