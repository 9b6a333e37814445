import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { resetRangeSumsForTests } from "@/lib/analytics/range-sums";
import { RollupKey } from "@/lib/metrics/rollup-keys";
import { SqliteStore } from "@/lib/store/sqlite/sqlite-store";
import { recordSettledUptimeDays, recordSettledUptimeDaysOnce, resetUptimeDaysForTests } from "./uptime-days";
import { loadUptimeHistory, resetUptimeHistoryForTests } from "./uptime-history";

const DAY_MS = 86_400_000;
const NOW = new Date("2026-11-26T12:00:00.000Z");
const dayStart = (daysAgo: number) => new Date(Date.parse("2026-11-26T00:00:00.000Z") - daysAgo * DAY_MS);

let dir: string;
let store: SqliteStore;

/** One probe minute `daysAgo` days back: `checks` rounds, the home page passing `passed` of them, the others all. */
async function probeMinute(daysAgo: number, checks: number, passed: number, minute = 600) {
  await store.addRollup({
    instanceId: "prober",
    minute: new Date(dayStart(daysAgo).getTime() + minute * 60_000),
    counters: {
      [RollupKey.probeChecks]: checks,
      [RollupKey.probePassed]: passed,
      [RollupKey.probeTargetChecks("home")]: checks,
      [RollupKey.probeTargetPassed("home")]: passed,
      [RollupKey.probeTargetChecks("health")]: checks,
      [RollupKey.probeTargetPassed("health")]: checks,
      [RollupKey.probeTargetChecks("ai_health")]: checks,
      [RollupKey.probeTargetPassed("ai_health")]: checks,
    },
  });
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "marketplan-uptime-days-"));
  store = new SqliteStore(path.join(dir, "store.db"));
  resetRangeSumsForTests();
  resetUptimeDaysForTests();
  resetUptimeHistoryForTests();
});
afterEach(async () => {
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("daily uptime records", () => {
  it("keep 90 days of bars after the minute rollups are purged at 35 days", async () => {
    await probeMinute(80, 100, 90);
    await probeMinute(40, 200, 200);
    await probeMinute(1, 2880, 2876);
    await probeMinute(0, 10, 5, 60);
    // As `ops purge-rollups` does: record every settled day shown, then purge.
    const saved = await recordSettledUptimeDays({ store, now: NOW, lookbackDays: 90 });
    expect(saved).toContainEqual({ day: "2026-09-07", component: "application", checks: 100, passed: 90 });
    expect(saved.some((record) => record.day === "2026-11-26")).toBe(false);
    await store.purgeRollups({ before: new Date(NOW.getTime() - 35 * DAY_MS) });
    resetRangeSumsForTests();

    const history = await loadUptimeHistory({ store, now: NOW, days: 90 });
    const application = history.application.days;
    expect(application).toHaveLength(90);
    expect(application.find((d) => d.day === "2026-09-07")).toEqual({ day: "2026-09-07", checks: 100, uptime: 90 });
    expect(application.find((d) => d.day === "2026-10-17")).toEqual({ day: "2026-10-17", checks: 200, uptime: 100 });
    expect(application.find((d) => d.day === "2026-11-25")?.uptime).toBeCloseTo(99.861, 3);
    // Today is not recorded yet: it still comes from the rollups.
    expect(application.at(-1)).toEqual({ day: "2026-11-26", checks: 10, uptime: 50 });
    expect(application.find((d) => d.day === "2026-10-01")?.uptime).toBeNull();
    expect(history.database.days.find((d) => d.day === "2026-09-07")?.uptime).toBe(100);
    expect(history.application.uptime).toBeCloseTo(((90 + 200 + 2876 + 5) / (100 + 200 + 2880 + 10)) * 100, 6);
  });

  it("records a day only once it has settled, and never recounts a recorded day", async () => {
    await probeMinute(1, 60, 60);
    // Ten minutes after midnight late flushes may still land: yesterday is not settled yet.
    const justAfterMidnight = new Date(dayStart(0).getTime() + 5 * 60_000);
    expect(await recordSettledUptimeDays({ store, now: justAfterMidnight })).toEqual([]);
    expect((await recordSettledUptimeDays({ store, now: NOW })).map((r) => r.day)).toEqual([
      "2026-11-25",
      "2026-11-25",
      "2026-11-25",
    ]);
    await probeMinute(1, 60, 0, 700);
    resetRangeSumsForTests();
    expect(await recordSettledUptimeDays({ store, now: NOW })).toEqual([]);
    const recorded = await store.listUptimeDays({ fromDay: "2026-11-25", toDay: "2026-11-25" });
    expect(recorded.find((r) => r.component === "application")).toEqual({
      day: "2026-11-25",
      component: "application",
      checks: 60,
      passed: 60,
    });
  });

  it("settles once per day per process when called after every probe round", async () => {
    await probeMinute(2, 30, 30);
    await probeMinute(1, 30, 15);
    await probeMinute(0, 20, 20);
    expect(await recordSettledUptimeDaysOnce({ store, now: NOW })).toHaveLength(6);
    expect(await recordSettledUptimeDaysOnce({ store, now: new Date(NOW.getTime() + 60_000) })).toBeNull();
    const tomorrow = new Date(NOW.getTime() + DAY_MS);
    const next = await recordSettledUptimeDaysOnce({ store, now: tomorrow });
    expect(next).toContainEqual({ day: "2026-11-26", component: "application", checks: 20, passed: 20 });
    expect(next?.every((r) => r.day === "2026-11-26")).toBe(true);
  });
});
