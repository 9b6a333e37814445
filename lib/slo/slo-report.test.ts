import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SqliteStore } from "@/lib/store/sqlite/sqlite-store";
import { businessIntervals } from "./business-hours";
import { MANUAL_BUSINESS_HOURS, MANUAL_SLOS, parseSloConfig } from "./slo-config";
import { computeSloReport } from "./slo-report";

const config = parseSloConfig({ businessHours: MANUAL_BUSINESS_HOURS, slos: MANUAL_SLOS });
// A Wednesday, 20:00 UTC = 12:00 in Los Angeles (PST, UTC−8).
const now = new Date("2026-11-25T20:00:00.000Z");
const minute = (iso: string) => new Date(iso);

describe("business hours", () => {
  it("clips each local day's 6 AM to 10 PM Pacific, in UTC, across the DST change", () => {
    const day = businessIntervals(
      { from: minute("2026-11-25T00:00:00Z"), to: minute("2026-11-26T00:00:00Z") },
      config.businessHours,
    );
    // 25 Nov 00:00 UTC is 24 Nov 16:00 PST: the 24th's hours end at 06:00 UTC; the 25th's start at 14:00 UTC.
    expect(day.map((i) => [i.from.toISOString(), i.to.toISOString()])).toEqual([
      ["2026-11-25T00:00:00.000Z", "2026-11-25T06:00:00.000Z"],
      ["2026-11-25T14:00:00.000Z", "2026-11-26T00:00:00.000Z"],
    ]);
    // In summer (PDT, UTC−7) the day starts at 13:00 UTC.
    const summer = businessIntervals(
      { from: minute("2026-07-01T12:00:00Z"), to: minute("2026-07-01T14:00:00Z") },
      config.businessHours,
    );
    expect(summer.map((i) => i.from.toISOString())).toEqual(["2026-07-01T13:00:00.000Z"]);
    // 8 March 2026 has 23 hours in Los Angeles; its business hours are still 16 and start at 13:00 UTC.
    const spring = businessIntervals(
      { from: minute("2026-03-08T00:00:00Z"), to: minute("2026-03-10T00:00:00Z") },
      config.businessHours,
    );
    expect(spring.map((i) => i.from.toISOString())).toContain("2026-03-08T13:00:00.000Z");
    expect(spring.map((i) => i.from.toISOString())).toContain("2026-03-09T13:00:00.000Z");
  });

  it("refuses a configuration with an unknown time zone or inverted hours, naming the field", () => {
    expect(() =>
      parseSloConfig({ businessHours: { timeZone: "Mars/Olympus", startHour: 6, endHour: 22 }, slos: MANUAL_SLOS }),
    ).toThrow(/timeZone/);
    expect(() =>
      parseSloConfig({ businessHours: { ...MANUAL_BUSINESS_HOURS, startHour: 22, endHour: 6 }, slos: MANUAL_SLOS }),
    ).toThrow(/startHour must be before endHour/);
  });
});

describe("computeSloReport", () => {
  let dir: string;
  let store: SqliteStore;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "marketplan-slo-"));
    store = new SqliteStore(path.join(dir, "store.db"));
  });
  afterEach(async () => {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("measures each SLO over its own window with the error budget left", async () => {
    // 10 days ago: 1000 probe checks, 3 failed; 1000 requests at night (03:00 PST), 5 of them 5xx.
    await store.addRollup({
      instanceId: "a",
      minute: minute("2026-11-15T11:00:00Z"),
      counters: {
        probe_checks: 1000,
        probe_passed: 997,
        http_requests: 1000,
        "http_status.5xx": 5,
        "http_latency_ms.le_100": 1000,
      },
    });
    // Today at 10:00 PST (business hours): 1000 requests, 2 of them 5xx, 60 slower than 3 s; 10 generations, 2 over 30 s.
    await store.addRollup({
      instanceId: "b",
      minute: minute("2026-11-25T18:00:00Z"),
      counters: {
        http_requests: 1000,
        "http_status.5xx": 2,
        "http_latency_ms.le_100": 940,
        "http_latency_ms.le_5000": 60,
        "ai_latency_s.le_10": 8,
        "ai_latency_s.le_45": 2,
      },
    });
    const report = await computeSloReport({ store, now, config });
    const byId = Object.fromEntries(report.slos.map((slo) => [slo.id, slo]));

    // 3 failed of 1000 against 0.5 % allowed: 5 allowed, 2 left, 40 % of the budget left.
    expect(byId.uptime).toMatchObject({
      measured: { value: 99.7, unit: "percent" },
      compliant: true,
      errorBudget: { total: 5, spent: 3, left: 2, leftShare: 0.4 },
      events: { total: 1000, bad: 3 },
    });
    // Only the business-hours requests count: 2 of 1000 against 0.1 % allowed is over budget.
    expect(byId.availability).toMatchObject({
      events: { total: 1000, bad: 2 },
      measured: { value: 99.8 },
      compliant: false,
      errorBudget: { total: 1, spent: 2, left: 0, leftShare: 0 },
    });
    // The daily error rate sees only today: 2 of 1000 = 0.2 % < 1 %.
    expect(byId.errorRate).toMatchObject({
      window: { kind: "rolling", days: 1, from: "2026-11-24T20:00:00.000Z" },
      events: { total: 1000, bad: 2 },
      measured: { value: 0.2 },
      compliant: true,
      errorBudget: { total: 10, left: 8, leftShare: 0.8 },
    });
    // 60 of 2000 requests slower than 3 s (3 % < 5 %); p95 is rank 1900 of the 1940 in (50, 100]: 50 + 50 × 1900/1940.
    expect(byId.responseTime).toMatchObject({
      events: { total: 2000, bad: 60 },
      compliant: true,
      measured: { value: 98.969, unit: "ms" },
    });
    // 2 of 10 generations over 30 s: 20 % > 10 % allowed; p90 interpolates into (30, 45]: 30 + 15 × 1/2.
    expect(byId.aiGeneration).toMatchObject({ compliant: false, measured: { value: 37.5, unit: "s" }, errorBudget: { left: 0 } });
  });

  it("judges nothing without events", async () => {
    const report = await computeSloReport({ store, now, config });
    for (const slo of report.slos) {
      expect(slo.compliant).toBeNull();
      expect(slo.measured.value).toBeNull();
      expect(slo.errorBudget.leftShare).toBeNull();
    }
  });
});
