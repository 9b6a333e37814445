import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { resetRangeSumsForTests } from "@/lib/analytics/range-sums";
import { RollupKey } from "@/lib/metrics/rollup-keys";
import { computeSloReport } from "@/lib/slo/slo-report";
import { SqliteStore } from "@/lib/store/sqlite/sqlite-store";
import { cutWindow, loadSloPanel } from "./slo";

// A Wednesday, 20:00 UTC = 12:00 in Los Angeles; the manual's business hours are 6 AM to 10 PM Pacific.
const now = new Date("2026-11-25T20:00:00.000Z");

let dir: string;
let store: SqliteStore;

const requests = (iso: string, total: number, errors: number) =>
  store.addRollup({
    instanceId: "web-1",
    minute: new Date(iso),
    counters: { [RollupKey.httpRequests]: total, [RollupKey.httpStatus("5xx")]: errors },
  });

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "marketplan-slo-panel-"));
  store = new SqliteStore(path.join(dir, "store.db"));
  resetRangeSumsForTests();
  await requests("2026-11-25T04:00:00.000Z", 1000, 5); // 20:00 Pacific on the 24th: business hours
  await requests("2026-11-25T10:00:00.000Z", 1000, 10); // 02:00 Pacific: outside them
  await requests("2026-11-25T19:00:00.000Z", 1000, 0); // 11:00 Pacific
  await store.addRollup({
    instanceId: "prober",
    minute: new Date("2026-11-23T12:00:00.000Z"),
    counters: { [RollupKey.probeChecks]: 100, [RollupKey.probePassed]: 100 },
  });
});
afterEach(async () => {
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("the dashboard's SLO panel", () => {
  it("shows every objective of the SLO report over its own window, business-hours availability included", async () => {
    const panel = await loadSloPanel({ store, now });
    const report = await computeSloReport({ store, now });
    expect(panel.slos.map((row) => row.id)).toEqual(report.slos.map((status) => status.id));
    const byId = Object.fromEntries(panel.slos.map((row) => [row.id, row]));
    // Business hours count the 04:00 and 19:00 UTC minutes only: 5 bad of 2000, 2 allowed at 99.9 %.
    expect(byId.availability).toMatchObject({
      window: "30 days, business hours",
      measured: { value: 99.75, unit: "percent" },
      badPercent: 0.25,
      allowedPercent: 0.1,
      compliant: false,
      budget: { total: 2, spent: 5, left: 0 },
      budgetLeftPercent: 0,
    });
    // The daily error rate counts all three: 15 bad of 3000, 30 allowed.
    expect(byId.errorRate).toMatchObject({ window: "24 hours", badPercent: 0.5, compliant: true, budgetLeftPercent: 50 });
    expect(byId.uptime).toMatchObject({ window: "30 days", measured: { value: 100 }, budgetLeftPercent: 100 });
    expect(byId.responseTime).toMatchObject({ compliant: null, budgetLeftPercent: null });
    for (const row of panel.slos) {
      const status = report.slos.find((s) => s.id === row.id);
      expect(row.budget.spent).toBe(status?.errorBudget.spent);
    }
  });

  it("burns each budget down over its window: by day for 30 days, by hour for the daily error rate", async () => {
    const panel = await loadSloPanel({ store, now });
    expect(panel.burnDowns.map((chart) => [chart.span, chart.step, chart.time.length])).toEqual([
      ["30 days", "day", 31],
      ["24 hours", "hour", 24],
    ]);
    const [monthly, daily] = panel.burnDowns;
    expect(monthly?.series.map((s) => s.id)).toEqual(["uptime", "availability", "responseTime", "aiGeneration"]);
    expect(monthly?.time.at(-1)).toBe(now.getTime() / 1000);
    const availability = monthly?.series.find((s) => s.id === "availability")?.values ?? [];
    expect(availability.slice(0, 29).every((v) => v === null)).toBe(true);
    expect(availability.at(-1)).toBe(0);
    const errorRate = daily?.series[0]?.values ?? [];
    // Hours ending 05:00 (5 of 1000 bad), 11:00 (15 of 2000) and 20:00 (15 of 3000) UTC.
    const at = (iso: string) => errorRate[daily?.time.indexOf(Date.parse(iso) / 1000) ?? -1];
    expect(at("2026-11-25T05:00:00.000Z")).toBe(50);
    expect(at("2026-11-25T11:00:00.000Z")).toBe(25);
    expect(errorRate.at(-1)).toBe(50);
    expect(errorRate[0]).toBeNull();
  });

  it("cuts a window at whole steps so finished steps are the same store ranges on every refresh", () => {
    const steps = cutWindow({ from: new Date("2026-11-24T20:30:00Z"), to: new Date("2026-11-26T01:00:00Z") }, 86_400_000);
    expect(steps.map((s) => [s.from.toISOString(), s.to.toISOString()])).toEqual([
      ["2026-11-24T20:30:00.000Z", "2026-11-25T00:00:00.000Z"],
      ["2026-11-25T00:00:00.000Z", "2026-11-26T00:00:00.000Z"],
      ["2026-11-26T00:00:00.000Z", "2026-11-26T01:00:00.000Z"],
    ]);
  });
});
