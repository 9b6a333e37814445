import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { WeeklyReport } from "@/lib/analytics/weekly-report";
import { ONE_NUMBERS } from "@/lib/metrics/one-number-table";
import { resetOpsTokenForTests } from "@/lib/ops-auth/ops-token";
import { getReleaseId } from "@/lib/release";
import { getStore } from "@/lib/store";
import { SEED_FIGURES, SEED_NOW, seedAnalytics } from "@/tests/support/analytics-seed";
import { useLocalApp } from "@/tests/support/local-app";
import { GET } from "./route";

const TOKEN = "ops-token-for-the-weekly-report-test-0123456789";

let cleanup: () => Promise<void>;

beforeAll(async () => {
  cleanup = useLocalApp({ OPS_API_TOKEN: TOKEN });
  resetOpsTokenForTests();
  vi.useFakeTimers({ toFake: ["Date"], now: SEED_NOW });
  await seedAnalytics(getStore());
});

afterAll(async () => {
  vi.useRealTimers();
  resetOpsTokenForTests();
  await cleanup();
});

const request = (headers: Record<string, string> = { authorization: `Bearer ${TOKEN}` }) =>
  new Request("http://localhost/api/reports/weekly", { headers });

describe("GET /api/reports/weekly", () => {
  it("reports the seeded week with exact figures", async () => {
    const response = await GET(request());
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const report = (await response.json()) as WeeklyReport;

    expect(report.asOf).toBe(SEED_NOW.toISOString());
    expect(report.releaseId).toBe(getReleaseId());
    expect(report.releaseId).not.toBe("");
    expect(report.window).toEqual({ from: "2025-03-05T12:00:30.000Z", to: SEED_NOW.toISOString() });
    expect(report.uptime).toEqual({ percent: SEED_FIGURES.uptimePercent, probeChecks: 120, probePassed: 119 });
    expect(report.responseTime).toEqual({
      requests: 40,
      meanMs: SEED_FIGURES.responseTimeMeanMs,
      p50Ms: SEED_FIGURES.responseTimeP50Ms,
      p95Ms: SEED_FIGURES.responseTimeP95Ms,
    });
    expect(report.errors).toEqual({ requests: 40, serverErrors: 1, ratePercent: 2.5 });
    expect(report.ai).toEqual({
      generations: SEED_FIGURES.aiGenerationsWeekly,
      outcomes: { ok: 9, fallback: 1, failed: 1, cancelled: 1 },
      successRatePercent: SEED_FIGURES.aiSuccessRatePercent,
      p90Seconds: SEED_FIGURES.aiP90Seconds,
    });
    expect(report.users).toEqual({
      window: {
        thisWeek: { from: "2025-03-06T00:00:00.000Z", to: SEED_NOW.toISOString(), fromDay: "2025-03-06", toDay: "2025-03-12" },
        lastWeek: {
          from: "2025-02-27T00:00:00.000Z",
          to: "2025-03-06T00:00:00.000Z",
          fromDay: "2025-02-27",
          toDay: "2025-03-05",
        },
      },
      weeklyActive: SEED_FIGURES.weeklyActiveUsers,
      new: SEED_FIGURES.newUsersWeekly,
      activeLastWeek: 3,
      retained: 2,
      retentionPercent: SEED_FIGURES.retentionPercent,
    });
    expect(report.incidents).toMatchObject({
      count: SEED_FIGURES.incidentsWeekly,
      resolved: 1,
      meanResolutionMinutes: SEED_FIGURES.incidentResolutionMinutes,
    });
    // Every one-number figure of the table, as its endpoint answers it.
    expect(Object.keys(report.figures).sort()).toEqual(ONE_NUMBERS.map((entry) => entry.metric).sort());
    expect(report.figures).toMatchObject({
      error_rate_24h: SEED_FIGURES.errorRate24hPercent,
      incidents_weekly: SEED_FIGURES.incidentsWeekly,
      incident_resolution_mean_weekly: SEED_FIGURES.incidentResolutionMinutes,
      uptime_weekly: SEED_FIGURES.uptimePercent,
    });
    // MTTA and MTTR per severity, with the manual's targets and those missed.
    expect(report.incidents.bySeverity).toEqual([
      { severity: "SEV1", acknowledgeTargetMinutes: 15, resolveTargetMinutes: 60, ...SEED_FIGURES.incidentSev1 },
      { severity: "SEV2", acknowledgeTargetMinutes: 60, resolveTargetMinutes: 240, ...SEED_FIGURES.incidentSev2 },
      {
        severity: "SEV3",
        acknowledgeTargetMinutes: 240,
        resolveTargetMinutes: 1440,
        opened: 0,
        acknowledged: 0,
        resolved: 0,
        mttaMinutes: null,
        mttrMinutes: null,
        acknowledgeBreached: 0,
        resolveBreached: 0,
      },
      expect.objectContaining({ severity: "SEV4", opened: 0, mttrMinutes: null }),
    ]);
  });

  it("holds the week to each SLO of the manual, with the error budget left", async () => {
    const { slo } = (await (await GET(request())).json()) as WeeklyReport;
    // 1 failed check in 120 (0.833%) overspends the 0.5% allowed.
    expect(slo.uptime).toMatchObject({
      events: 120,
      bad: 1,
      badPercent: 0.833,
      allowedBadPercent: 0.5,
      compliant: false,
      errorBudgetRemainingPercent: 0,
    });
    // 1 request in 40 over 3 s (2.5%) spends half of the 5% allowed.
    expect(slo.responseTime).toMatchObject({
      events: 40,
      bad: 1,
      badPercent: 2.5,
      allowedBadPercent: 5,
      compliant: true,
      errorBudgetRemainingPercent: 50,
    });
    // 1 generation in 11 over 30 s (9.091%) leaves 1 − 0.9091 of the 10% allowed.
    expect(slo.aiGeneration).toMatchObject({
      events: 11,
      bad: 1,
      badPercent: 9.091,
      allowedBadPercent: 10,
      compliant: true,
      errorBudgetRemainingPercent: 9.091,
    });
    // 1 server error in 40 requests (2.5%) is over the 1% allowed.
    expect(slo.errorRate).toMatchObject({
      events: 40,
      bad: 1,
      badPercent: 2.5,
      allowedBadPercent: 1,
      compliant: false,
      errorBudgetRemainingPercent: 0,
    });
    for (const entry of Object.values(slo)) expect(entry.objective).toMatch(/\d/);
  });

  it("refuses without the ops token", async () => {
    const response = await GET(request({}));
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toMatch(/^Bearer /);
  });
});
