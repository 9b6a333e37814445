import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Store } from "@/lib/store/types";
import { UsageError } from "../shared/command";
import { captureContext, openTempStore, seedUser } from "../testing/temp-store";
import { capacityCommand } from "./capacity";

const now = new Date("2026-12-01T12:00:00.000Z");
let temp: ReturnType<typeof openTempStore>;
let store: Store;

beforeEach(async () => {
  temp = openTempStore();
  store = temp.store();
  for (let i = 0; i < 4; i++) await seedUser(store, { id: `u-${i}`, kind: "registered", now, days: 1, plans: 1 });
  // 30 days of traffic: 4 users, 2,400 requests and 60 generations in the rollups.
  await store.addRollup({
    instanceId: "a",
    minute: new Date("2026-11-20T10:00:00.000Z"),
    counters: { http_requests: 2_400, "ai_generations.gemini.ok": 54, "ai_generations.builtin.fallback": 6 },
  });
});
afterEach(() => temp.close());

describe("ops capacity", () => {
  it("starts from the store's usage and prints the projection with its assumptions", async () => {
    const run = captureContext(temp.store, now);
    expect(await capacityCommand.run(["--growth", "10%", "--months", "2"], run.context)).toBe(0);
    const out = run.stdout();
    expect(out).toContain("current usage (last 30 days): 4 active users, 2400 requests, 60 AI generations, 4 plans");
    expect(out).toContain("per user a day: 20.00 requests (measured), 0.50 generations (measured)");
    expect(out).toContain("starting from 4 users, growing 10.0% a month");
    expect(out).toMatch(/\n2 +5 +100 +2 +200 /);
    expect(out).toContain("geminiQuotaPerDay: 10000 requests (ops manual 9.1 (AI_QUOTA_PER_DAY))");
  });

  it("projects a given user count as JSON", async () => {
    const run = captureContext(temp.store, now);
    await capacityCommand.run(["--users", "10000", "--growth", "0.5", "--json"], run.context);
    const report = JSON.parse(run.stdout());
    expect(report.projection.map((p: { users: number }) => p.users)).toEqual([10_000, 15_000, 22_500, 33_750]);
    expect(report.projection[3].geminiRequestsPerDay).toBe(16_875);
    expect(report.projection[3].geminiQuotaShare).toBeGreaterThan(1);
  });

  it("refuses a growth rate it cannot read", async () => {
    const run = captureContext(temp.store, now);
    await expect(capacityCommand.run(["--growth", "fast"], run.context)).rejects.toBeInstanceOf(UsageError);
  });
});
