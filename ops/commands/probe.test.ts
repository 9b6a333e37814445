import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as aiHealth } from "@/app/api/ai/health/route";
import { GET as health } from "@/app/api/health/route";
import { resetRangeSumsForTests } from "@/lib/analytics/range-sums";
import { resetHealthCacheForTests } from "@/lib/health/health";
import { resetUptimeDaysForTests } from "@/lib/status/uptime-days";
import { useLocalApp } from "@/tests/support/local-app";
import { type RouteServer, startRouteServer } from "@/tests/support/route-server";
import { UsageError } from "../shared/command";
import { captureContext, openTempStore } from "../testing/temp-store";
import { runProbe } from "./probe";

const now = new Date("2026-11-27T10:15:20.000Z");

describe("ops probe", () => {
  let app: RouteServer;
  let cleanupApp: () => Promise<void>;
  let temp: ReturnType<typeof openTempStore>;

  beforeAll(async () => {
    // The real health route, served over HTTP on the app's own store.
    cleanupApp = useLocalApp();
    resetHealthCacheForTests();
    // The home page is a page, not a route handler: a plain 200 stands in for it (the e2e tests probe the real one).
    app = await startRouteServer({
      "GET /": async () => new Response("<!doctype html><title>MarketPlanAI</title>"),
      "GET /api/health": (request) => health(request),
      "POST /api/ai/health": (request) => aiHealth(request),
    });
    temp = openTempStore();
  });
  afterAll(async () => {
    await app.close();
    await cleanupApp();
    await temp.close();
  });

  const probeCounts = async () => {
    const rollups = await temp
      .store()
      .listRollups({ from: new Date("2026-11-27T10:00:00Z"), to: new Date("2026-11-27T11:00:00Z") });
    return rollups.map((r) => ({ minute: r.minute, ...r.counters }));
  };

  it("records a passing check in the minute it was made, and exits 0", async () => {
    const run = captureContext(temp.store, now);
    expect(await runProbe(["--url", app.origin, "--once"], run.context)).toBe(0);
    expect(run.stdout()).toMatch(
      /^2026-11-27T10:15:20.000Z {2}pass {2}home 200 \d+ ms, health 200 \d+ ms, ai_health 200 \d+ ms$/,
    );
    expect(await probeCounts()).toEqual([
      {
        minute: "2026-11-27T10:15:00.000Z",
        probe_checks: 1,
        probe_passed: 1,
        "probe_checks.home": 1,
        "probe_passed.home": 1,
        "probe_checks.health": 1,
        "probe_passed.health": 1,
        "probe_checks.ai_health": 1,
        "probe_passed.ai_health": 1,
      },
    ]);
  });

  it("records a failed check when nothing answers, and exits 1", async () => {
    const closed = await startRouteServer({});
    const url = closed.origin;
    await closed.close();
    const run = captureContext(temp.store, now);
    expect(await runProbe(["--url", url, "--count", "2", "--interval", "1", "--json"], run.context)).toBe(1);
    const lines = run
      .stdout()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({
      command: "probe",
      passed: false,
      targets: { health: { passed: false, status: null, reason: "unreachable" } },
    });
    expect(await probeCounts()).toEqual([
      {
        minute: "2026-11-27T10:15:00.000Z",
        probe_checks: 3,
        probe_passed: 1,
        "probe_checks.home": 3,
        "probe_passed.home": 1,
        "probe_checks.health": 3,
        "probe_passed.health": 1,
        "probe_checks.ai_health": 3,
        "probe_passed.ai_health": 1,
      },
    ]);
  });

  it("records the daily uptime of the days that have ended, for the status page", async () => {
    resetRangeSumsForTests();
    resetUptimeDaysForTests();
    await temp.store().addRollup({
      instanceId: "prober-elsewhere",
      minute: new Date("2026-11-25T08:00:00.000Z"),
      counters: { "probe_checks.health": 10, "probe_passed.health": 9 },
    });
    const run = captureContext(temp.store, now);
    await runProbe(["--url", app.origin, "--once"], run.context);
    expect(await temp.store().listUptimeDays({ fromDay: "2026-11-25", toDay: "2026-11-27" })).toEqual([
      { day: "2026-11-25", component: "database", checks: 10, passed: 9 },
    ]);
  });

  it("refuses a URL that is not http(s) as a usage error", async () => {
    const run = captureContext(temp.store, now);
    await expect(runProbe(["--url", "ftp://example.com"], run.context)).rejects.toBeInstanceOf(UsageError);
    await expect(runProbe(["--interval", "0"], run.context)).rejects.toBeInstanceOf(UsageError);
  });
});
