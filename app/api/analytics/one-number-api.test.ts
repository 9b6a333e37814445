import { describe, expect, it } from "vitest";
import type { MetricReading } from "@/lib/analytics/reading";
import { SEED_FIGURES, SEED_NOW } from "@/tests/support/analytics-seed";
import { withSeededOpsApp } from "@/tests/support/seeded-ops-app";
import * as incidentsResolution from "../incidents/weekly/avg-resolution/route";
import * as incidentsCount from "../incidents/weekly/count/route";
import * as aiWeekly from "../metrics/ai-generations/weekly/route";
import * as newUsers from "../metrics/new-users/weekly/route";
import * as responseTime from "../metrics/response-time/weekly/route";
import * as retention from "../metrics/retention/weekly/route";
import * as rpm from "../metrics/rpm/route";
import * as uptime from "../metrics/uptime/weekly/route";
import * as wau from "../metrics/wau/route";
import * as ai24h from "./ai/24h/route";
import * as plans24h from "./plans/24h/route";
import * as users24h from "./users/24h/route";

const TOKEN = "ops-token-for-the-analytics-tests-0123456789";
const WEEK = { from: "2025-03-05T12:00:30.000Z", to: SEED_NOW.toISOString() };
const DAY = { from: "2025-03-11T12:00:30.000Z", to: SEED_NOW.toISOString() };
const UTC_WEEK = { from: "2025-03-06T00:00:00.000Z", to: SEED_NOW.toISOString() };

const ENDPOINTS: {
  path: string;
  handler: (request: Request) => Promise<Response>;
  metric: string;
  value: number;
  unit: string;
  window: { from: string; to: string };
}[] = [
  {
    path: "/api/analytics/users/24h",
    handler: users24h.GET,
    metric: "users_active_24h",
    value: SEED_FIGURES.usersActive24h,
    unit: "users",
    window: DAY,
  },
  {
    path: "/api/analytics/plans/24h",
    handler: plans24h.GET,
    metric: "plans_created_24h",
    value: SEED_FIGURES.plansCreated24h,
    unit: "plans",
    window: DAY,
  },
  {
    path: "/api/analytics/ai/24h",
    handler: ai24h.GET,
    metric: "ai_generations_24h",
    value: SEED_FIGURES.aiGenerations24h,
    unit: "generations",
    window: DAY,
  },
  {
    path: "/api/metrics/rpm",
    handler: rpm.GET,
    metric: "requests_per_minute",
    value: SEED_FIGURES.requestsPerMinute,
    unit: "requests/min",
    window: { from: "2025-03-12T11:59:00.000Z", to: "2025-03-12T12:00:00.000Z" },
  },
  {
    path: "/api/metrics/uptime/weekly",
    handler: uptime.GET,
    metric: "uptime_weekly",
    value: SEED_FIGURES.uptimePercent,
    unit: "percent",
    window: WEEK,
  },
  {
    path: "/api/metrics/response-time/weekly",
    handler: responseTime.GET,
    metric: "response_time_mean_weekly",
    value: SEED_FIGURES.responseTimeMeanMs,
    unit: "ms",
    window: WEEK,
  },
  {
    path: "/api/metrics/ai-generations/weekly",
    handler: aiWeekly.GET,
    metric: "ai_generations_weekly",
    value: SEED_FIGURES.aiGenerationsWeekly,
    unit: "generations",
    window: WEEK,
  },
  {
    path: "/api/metrics/wau",
    handler: wau.GET,
    metric: "weekly_active_users",
    value: SEED_FIGURES.weeklyActiveUsers,
    unit: "users",
    window: UTC_WEEK,
  },
  {
    path: "/api/metrics/new-users/weekly",
    handler: newUsers.GET,
    metric: "new_users_weekly",
    value: SEED_FIGURES.newUsersWeekly,
    unit: "users",
    window: UTC_WEEK,
  },
  {
    path: "/api/metrics/retention/weekly",
    handler: retention.GET,
    metric: "retention_weekly",
    value: SEED_FIGURES.retentionPercent,
    unit: "percent",
    window: { from: "2025-02-27T00:00:00.000Z", to: SEED_NOW.toISOString() },
  },
  {
    path: "/api/incidents/weekly/count",
    handler: incidentsCount.GET,
    metric: "incidents_weekly",
    value: SEED_FIGURES.incidentsWeekly,
    unit: "incidents",
    window: WEEK,
  },
  {
    path: "/api/incidents/weekly/avg-resolution",
    handler: incidentsResolution.GET,
    metric: "incident_resolution_mean_weekly",
    value: SEED_FIGURES.incidentResolutionMinutes,
    unit: "minutes",
    window: WEEK,
  },
];

const get = (path: string, headers: Record<string, string> = {}) => new Request(`http://localhost${path}`, { headers });
const bearer = (token = TOKEN) => ({ authorization: `Bearer ${token}` });

withSeededOpsApp(TOKEN);

describe.each(ENDPOINTS)("GET $path", ({ path, handler, metric, value, unit, window }) => {
  it(`answers ${value} as a bare number by default`, async () => {
    const response = await handler(get(path, bearer()));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.text()).toBe(String(value));
    const curlLike = await handler(get(path, { ...bearer(), accept: "*/*" }));
    expect(await curlLike.text()).toBe(String(value));
  });

  it("answers {metric, value, unit, window, asOf} as JSON when asked", async () => {
    const response = await handler(get(path, { ...bearer(), accept: "application/json" }));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect((await response.json()) as MetricReading).toEqual({ metric, value, unit, window, asOf: SEED_NOW.toISOString() });
  });

  it("refuses without the ops token, or with a wrong one, saying how to authenticate", async () => {
    const missing = await handler(get(path));
    expect(missing.status).toBe(401);
    expect(missing.headers.get("www-authenticate")).toMatch(/^Bearer realm=/);
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe("unauthorized");
    const wrong = await handler(get(path, bearer("not-the-token-not-the-token-not-the-token")));
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get("www-authenticate")).toContain('error="invalid_token"');
    expect(await wrong.text()).not.toContain(TOKEN);
  });
});
