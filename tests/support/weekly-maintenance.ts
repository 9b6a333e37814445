/**
 * Whether the manual's weekly maintenance window (Sunday 2 to 4 AM Pacific), or
 * the hour before it, is on: alerts held back then by design, so tests that wait
 * for a notification skip (loudly) rather than fail.
 */
export function inWeeklyMaintenance(now = new Date()): boolean {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: "America/Los_Angeles",
    weekday: "short",
    hour: "numeric",
    hourCycle: "h23",
  }).formatToParts(now);
  const weekday = parts.find((p) => p.type === "weekday")?.value;
  const hour = Number(parts.find((p) => p.type === "hour")?.value);
  return weekday === "Sun" && hour >= 1 && hour < 4;
}
