import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MetricReading } from "@/lib/analytics/reading";
import type { WeeklyReport } from "@/lib/analytics/weekly-report";
import { resetOpsTokenForTests } from "@/lib/ops-auth/ops-token";
import { useLocalApp } from "@/tests/support/local-app";
import * as resolution from "../incidents/weekly/avg-resolution/route";
import * as incidents from "../incidents/weekly/count/route";
import * as errorRate from "../metrics/error-rate/24h/route";
import * as responseTime from "../metrics/response-time/weekly/route";
import * as retention from "../metrics/retention/weekly/route";
import * as rpm from "../metrics/rpm/route";
import * as uptime from "../metrics/uptime/weekly/route";
import * as wau from "../metrics/wau/route";
import * as report from "../reports/weekly/route";
import * as ai24h from "./ai/24h/route";

const TOKEN = "ops-token-for-the-no-data-tests-0123456789";
const headers = (accept?: string) => ({ authorization: `Bearer ${TOKEN}`, ...(accept ? { accept } : {}) });
const get = (handler: (request: Request) => Promise<Response>, accept?: string) =>
  handler(new Request("http://localhost/api/x", { headers: headers(accept) }));

let cleanup: () => Promise<void>;
beforeAll(() => {
  cleanup = useLocalApp({ OPS_API_TOKEN: TOKEN });
  resetOpsTokenForTests();
});
afterAll(async () => {
  resetOpsTokenForTests();
  await cleanup();
});

describe("one-number endpoints before there is any data", () => {
  it.each([
    ["uptime (no probe yet)", uptime.GET],
    ["error rate (no request measured)", errorRate.GET],
    ["response time (no request measured)", responseTime.GET],
    ["retention (nobody active last week)", retention.GET],
    ["incident resolution (nothing resolved)", resolution.GET],
  ])("%s: n/a in text, null in JSON, never a made-up figure", async (_, handler) => {
    const text = await get(handler);
    expect(text.status).toBe(200);
    expect(await text.text()).toBe("n/a");
    expect(((await (await get(handler, "application/json")).json()) as MetricReading).value).toBeNull();
  });

  it.each([
    ["rpm", rpm.GET],
    ["weekly active users", wau.GET],
    ["AI generations", ai24h.GET],
    ["incidents", incidents.GET],
  ])("%s: a count of nothing is 0", async (_, handler) => {
    expect(await (await get(handler)).text()).toBe("0");
    expect(((await (await get(handler, "application/json")).json()) as MetricReading).value).toBe(0);
  });

  it("the weekly report says null where there is nothing to compute, and judges no SLO", async () => {
    const body = (await (await get(report.GET)).json()) as WeeklyReport;
    expect(body.uptime.percent).toBeNull();
    expect(body.responseTime).toEqual({ requests: 0, meanMs: null, p50Ms: null, p95Ms: null });
    expect(body.ai.successRatePercent).toBeNull();
    expect(body.users.retentionPercent).toBeNull();
    expect(body.incidents).toMatchObject({ count: 0, resolved: 0, meanResolutionMinutes: null });
    expect(body.incidents.bySeverity.map((s) => [s.severity, s.opened, s.mttaMinutes, s.mttrMinutes])).toEqual([
      ["SEV1", 0, null, null],
      ["SEV2", 0, null, null],
      ["SEV3", 0, null, null],
      ["SEV4", 0, null, null],
    ]);
    for (const entry of Object.values(body.slo)) {
      expect(entry).toMatchObject({ events: 0, compliant: null, errorBudgetRemainingPercent: null });
    }
  });
});
