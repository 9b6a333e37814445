import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { resetRangeSumsForTests } from "@/lib/analytics/range-sums";
import { RollupKey } from "@/lib/metrics/rollup-keys";
import type { Store } from "@/lib/store/types";
import { UsageError } from "../shared/command";
import { captureContext, openTempStore } from "../testing/temp-store";
import { runPurgeRollups } from "./purge-rollups";

const now = new Date("2026-03-01T12:00:30.000Z");
const minutesAgo = (minutes: number) => new Date(Math.floor(now.getTime() / 60_000) * 60_000 - minutes * 60_000);
const DAY_MINUTES = 24 * 60;

let temp: ReturnType<typeof openTempStore>;
let store: Store;

beforeEach(async () => {
  resetRangeSumsForTests();
  temp = openTempStore();
  store = temp.store();
  for (const [instanceId, minute] of [
    ["a", minutesAgo(40 * DAY_MINUTES)],
    ["b", minutesAgo(40 * DAY_MINUTES)],
    ["a", minutesAgo(36 * DAY_MINUTES)],
    ["a", minutesAgo(34 * DAY_MINUTES)],
    ["a", minutesAgo(5)],
  ] as const) {
    await store.addRollup({ instanceId, minute, counters: { http_requests: 1 } });
  }
});
afterEach(() => temp.close());

const remaining = async () => (await store.listRollups({ from: minutesAgo(60 * DAY_MINUTES), to: now })).map((r) => r.minute);

describe("ops purge-rollups", () => {
  it("dry run removes nothing and shows the cutoff", async () => {
    const run = captureContext(temp.store, now);
    expect(await runPurgeRollups(["--dry-run"], run.context)).toBe(0);
    expect(run.stdout()).toContain("dry run: metric rollups for minutes before 2026-01-25T12:00:30.000Z (35 days)");
    expect(await remaining()).toHaveLength(5);
  });

  it("removes the records older than 35 days, then nothing on a second run", async () => {
    const run = captureContext(temp.store, now);
    expect(await runPurgeRollups([], run.context)).toBe(0);
    expect(run.stdout()).toContain("removed 3 instance-minute records");
    expect(await remaining()).toEqual([minutesAgo(34 * DAY_MINUTES).toISOString(), minutesAgo(5).toISOString()]);
    const again = captureContext(temp.store, now);
    await runPurgeRollups(["--json"], again.context);
    expect(JSON.parse(again.stdout())).toMatchObject({ command: "purge-rollups", ok: true, removed: 0, days: 35 });
  });

  it("records the daily uptime of the days it purges first, so the status page keeps their bars", async () => {
    await store.addRollup({
      instanceId: "prober",
      minute: minutesAgo(40 * DAY_MINUTES),
      counters: { [RollupKey.probeChecks]: 8, [RollupKey.probePassed]: 6 },
    });
    const run = captureContext(temp.store, now);
    expect(await runPurgeRollups([], run.context)).toBe(0);
    expect(run.stdout()).toContain("recorded the daily uptime of 1 more days");
    expect(await store.listUptimeDays({ fromDay: "2026-01-01", toDay: "2026-03-01" })).toContainEqual({
      day: "2026-01-20",
      component: "application",
      checks: 8,
      passed: 6,
    });
    const again = captureContext(temp.store, now);
    await runPurgeRollups(["--json"], again.context);
    expect(JSON.parse(again.stdout())).toMatchObject({ uptimeDaysRecorded: 0, removed: 0 });
  });

  it("refuses a retention shorter than the monthly SLO window", async () => {
    const run = captureContext(temp.store, now);
    await expect(runPurgeRollups(["--days", "7"], run.context)).rejects.toBeInstanceOf(UsageError);
    expect(await remaining()).toHaveLength(5);
  });
});
