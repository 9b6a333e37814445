/**
 * Calendar dates for a plan's relative days. Day 1 of the roadmap and week 1 of
 * the content calendar start on the day the plan was created (UTC).
 */

const DAY_MS = 86_400_000;

/** Each roadmap phase is named by its end day; it starts the day after the previous one ends. */
export const PHASE_START_DAY: Record<30 | 60 | 90, number> = { 30: 1, 60: 31, 90: 61 };

/** Midnight UTC of the day the plan was created. */
export function planStart(createdAt: string): Date {
  const created = new Date(createdAt);
  return new Date(Date.UTC(created.getUTCFullYear(), created.getUTCMonth(), created.getUTCDate()));
}

/** The date of day `day` (1-based) of the plan. */
export function dateOfDay(start: Date, day: number): Date {
  return new Date(start.getTime() + (day - 1) * DAY_MS);
}

/** The first day of week `week` (1-based) of the plan. */
export function startOfWeek(start: Date, week: number): Date {
  return dateOfDay(start, (week - 1) * 7 + 1);
}

/** `2026-03-12` */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
