/** Dates as whole UTC days; no dependencies, so the form can use them in the browser. */
const DAY_MS = 86_400_000;

/** Midnight UTC of a `YYYY-MM-DD` date or of the day an ISO timestamp falls on (UTC). */
export function utcDay(value: string | Date): Date {
  const date = typeof value === "string" ? new Date(value.length === 10 ? `${value}T00:00:00Z` : value) : value;
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

export const addDays = (date: Date, days: number) => new Date(date.getTime() + days * DAY_MS);

/** `2026-03-12` */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The first Monday strictly after `today`: the form's default start date. */
export function nextMonday(today: Date): Date {
  const day = utcDay(today);
  const ahead = (8 - day.getUTCDay()) % 7 || 7;
  return addDays(day, ahead);
}
