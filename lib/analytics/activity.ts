import "server-only";
import { type MetricReading, percent, type ReadArgs, reading } from "./reading";
import { DAY_MS, rollingWindow, utcDays } from "./windows";

export async function readUsersActive24h({ store, now }: ReadArgs): Promise<MetricReading> {
  const window = rollingWindow(now, DAY_MS);
  return reading("users_active_24h", await store.countUsersActiveSince({ since: window.from }), "users", window, now);
}

/** Plans created in the last 24 h, deleted ones included (they were generated all the same). */
export async function readPlansCreated24h({ store, now }: ReadArgs): Promise<MetricReading> {
  const window = rollingWindow(now, DAY_MS);
  return reading("plans_created_24h", await store.countPlans({ since: window.from }), "plans", window, now);
}

/** Distinct users active on any of the last 7 UTC days, today included. */
export async function readWeeklyActiveUsers({ store, now }: ReadArgs): Promise<MetricReading> {
  const week = utcDays(now, 7);
  const ids = await store.listActiveUserIds({ fromDay: week.fromDay, toDay: week.toDay });
  return reading("weekly_active_users", ids.length, "users", week, now);
}

/** Users first seen on any of the last 7 UTC days, today included. */
export async function readNewUsersWeekly({ store, now }: ReadArgs): Promise<MetricReading> {
  const week = utcDays(now, 7);
  return reading("new_users_weekly", await store.countNewUsers({ since: week.from, until: now }), "users", week, now);
}

/** How many of last week's active users are active again this week. */
export function countRetained(lastWeek: readonly string[], thisWeek: readonly string[]): number {
  const returned = new Set(thisWeek);
  return lastWeek.filter((id) => returned.has(id)).length;
}

/**
 * Of the users active in the 7 UTC days before this week, the share (in
 * percent) active again this week (the last 7 UTC days, today included).
 * Null when nobody was active last week.
 */
export async function readRetentionWeekly({ store, now }: ReadArgs): Promise<MetricReading> {
  const thisWeek = utcDays(now, 7);
  const lastWeek = utcDays(now, 7, 7);
  const [before, after] = await Promise.all([
    store.listActiveUserIds({ fromDay: lastWeek.fromDay, toDay: lastWeek.toDay }),
    store.listActiveUserIds({ fromDay: thisWeek.fromDay, toDay: thisWeek.toDay }),
  ]);
  const share = before.length === 0 ? null : countRetained(before, after) / before.length;
  return reading("retention_weekly", percent(share), "percent", { from: lastWeek.from, to: now }, now);
}
