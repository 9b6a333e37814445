import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { MetricReading } from "@/lib/analytics/reading";
import { ONE_NUMBERS, type OneNumberPath } from "@/lib/metrics/one-number-table";
import { resetOpsTokenForTests } from "@/lib/ops-auth/ops-token";
import { getStore } from "@/lib/store";
import { SEED_FIGURES, SEED_NOW, seedAnalytics } from "@/tests/support/analytics-seed";
import { useLocalApp } from "@/tests/support/local-app";

type Handler = (request: Request) => Promise<Response>;
// Every route file under app/api, loaded by path: the table says which are one-number endpoints.
const ROUTE_FILES = import.meta.glob<{ GET?: Handler }>("/app/api/**/route.ts");

const TOKEN = "ops-token-for-the-analytics-tests-0123456789";
const WEEK = { from: "2025-03-05T12:00:30.000Z", to: SEED_NOW.toISOString() };
const DAY = { from: "2025-03-11T12:00:30.000Z", to: SEED_NOW.toISOString() };
const UTC_WEEK = { from: "2025-03-06T00:00:00.000Z", to: SEED_NOW.toISOString() };

/** What each endpoint of the table must answer for the seeded data (tests/support/analytics-seed.ts). */
const EXPECTED: Record<OneNumberPath, { value: number; window: { from: string; to: string } }> = {
  "/api/analytics/users/24h": { value: SEED_FIGURES.usersActive24h, window: DAY },
  "/api/analytics/plans/24h": { value: SEED_FIGURES.plansCreated24h, window: DAY },
  "/api/analytics/ai/24h": { value: SEED_FIGURES.aiGenerations24h, window: DAY },
  "/api/metrics/rpm": {
    value: SEED_FIGURES.requestsPerMinute,
    window: { from: "2025-03-12T11:59:00.000Z", to: "2025-03-12T12:00:00.000Z" },
  },
  "/api/metrics/error-rate/24h": { value: SEED_FIGURES.errorRate24hPercent, window: DAY },
  "/api/metrics/uptime/weekly": { value: SEED_FIGURES.uptimePercent, window: WEEK },
  "/api/metrics/response-time/weekly": { value: SEED_FIGURES.responseTimeMeanMs, window: WEEK },
  "/api/metrics/ai-generations/weekly": { value: SEED_FIGURES.aiGenerationsWeekly, window: WEEK },
  "/api/metrics/wau": { value: SEED_FIGURES.weeklyActiveUsers, window: UTC_WEEK },
  "/api/metrics/new-users/weekly": { value: SEED_FIGURES.newUsersWeekly, window: UTC_WEEK },
  "/api/metrics/retention/weekly": {
    value: SEED_FIGURES.retentionPercent,
    window: { from: "2025-02-27T00:00:00.000Z", to: SEED_NOW.toISOString() },
  },
  "/api/incidents/weekly/count": { value: SEED_FIGURES.incidentsWeekly, window: WEEK },
  "/api/incidents/weekly/avg-resolution": { value: SEED_FIGURES.incidentResolutionMinutes, window: WEEK },
};

const ENDPOINTS = ONE_NUMBERS.map((entry) => ({ ...entry, ...EXPECTED[entry.path] }));

async function handlerAt(path: string): Promise<Handler> {
  const load = ROUTE_FILES[`/app${path}/route.ts`];
  const handler = load ? (await load()).GET : undefined;
  if (!handler) throw new Error(`No GET route file for ${path}`);
  return handler;
}

const get = (path: string, headers: Record<string, string> = {}) => new Request(`http://localhost${path}`, { headers });
const bearer = (token = TOKEN) => ({ authorization: `Bearer ${token}` });

let cleanup: () => Promise<void>;

beforeAll(async () => {
  cleanup = useLocalApp({ OPS_API_TOKEN: TOKEN });
  resetOpsTokenForTests();
  // Only the clock is fixed, so the seeded week reads the same whenever the test runs.
  vi.useFakeTimers({ toFake: ["Date"], now: SEED_NOW });
  await seedAnalytics(getStore());
});

afterAll(async () => {
  vi.useRealTimers();
  resetOpsTokenForTests();
  await cleanup();
});

it("serves every entry of the one-number table from a route file that is a one-liner over it", async () => {
  const fs = await import("node:fs");
  const oneLiners = Object.keys(ROUTE_FILES).filter((file) => fs.readFileSync(`.${file}`, "utf8").includes("oneNumberRoute("));
  expect(oneLiners.map((file) => file.replace(/^\/app|\/route\.ts$/g, "")).sort()).toEqual(
    ONE_NUMBERS.map((entry) => entry.path).sort(),
  );
  const docs = fs.readFileSync("./docs/operations.md", "utf8");
  for (const entry of ONE_NUMBERS) {
    expect(fs.readFileSync(`./app${entry.path}/route.ts`, "utf8")).toContain(`oneNumberRoute("${entry.path}")`);
    // Documented in the metric definitions, with the table's unit.
    expect(docs).toContain(`| \`${entry.path}\` | ${entry.unit} |`);
  }
});

describe.each(ENDPOINTS)("GET $path", ({ path, metric, value, unit, window }) => {
  let handler: Handler;
  beforeAll(async () => {
    handler = await handlerAt(path);
  });

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
