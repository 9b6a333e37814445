import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as aiHealth } from "@/app/api/ai/health/route";
import { GET as health } from "@/app/api/health/route";
import { resetHealthCacheForTests } from "@/lib/health/health";
import { PROBE_TARGET_IDS, RollupKey } from "@/lib/metrics/rollup-keys";
import { SqliteStore } from "@/lib/store/sqlite/sqlite-store";
import { useLocalApp } from "@/tests/support/local-app";
import { type RouteServer, startRouteServer } from "@/tests/support/route-server";
import { startInAppProber } from "./in-app-prober";

describe("the in-app prober", () => {
  let app: RouteServer;
  let cleanupApp: () => Promise<void>;
  let dir: string;

  beforeAll(async () => {
    cleanupApp = useLocalApp();
    resetHealthCacheForTests();
    // Health and AI health are the real routes; the home page is a page, so a plain 200 stands in for it here (the e2e test probes the real one).
    app = await startRouteServer({
      "GET /": async () =>
        new Response("<!doctype html><title>MarketPlanAI</title>", { headers: { "content-type": "text/html" } }),
      "GET /api/health": (request) => health(request),
      "POST /api/ai/health": (request) => aiHealth(request),
    });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "marketplan-prober-"));
  });
  afterAll(async () => {
    await app.close();
    await cleanupApp();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("probes the three endpoints from exactly one of two instances sharing a store, recording totals and per target", async () => {
    const file = path.join(dir, "store.db");
    const stores = [new SqliteStore(file), new SqliteStore(file)];
    const started = new Date(Math.floor(Date.now() / 60_000) * 60_000);
    // A probed day already over: the prober's holder records its daily uptime.
    const dayBefore = new Date((Math.floor(Date.now() / 86_400_000) - 2) * 86_400_000 + 43_200_000);
    await stores[0]?.addRollup({
      instanceId: "earlier",
      minute: dayBefore,
      counters: { [RollupKey.probeTargetChecks("home")]: 4, [RollupKey.probeTargetPassed("home")]: 3 },
    });
    const stops = stores.map((store, i) =>
      startInAppProber({ store: () => store, baseUrl: app.origin, intervalMs: 1_000, firstDelayMs: 0, holder: `instance-${i}` }),
    );
    await new Promise((resolve) => setTimeout(resolve, 3_500));
    for (const stop of stops) stop();
    await new Promise((resolve) => setTimeout(resolve, 300));

    const rollups = await stores[0]?.listRollups({ from: started, to: new Date(Date.now() + 60_000) });
    const probing = new Set(rollups?.filter((r) => r.counters[RollupKey.probeChecks]).map((r) => r.instanceId));
    expect(probing.size).toBe(1);
    const sums = await stores[0]?.sumRollupCounters({ from: started, to: new Date(Date.now() + 60_000) });
    const checks = sums?.[RollupKey.probeChecks] ?? 0;
    expect(checks).toBeGreaterThanOrEqual(2);
    expect(checks).toBeLessThanOrEqual(5);
    expect(sums?.[RollupKey.probePassed]).toBe(checks);
    for (const target of PROBE_TARGET_IDS) {
      expect(sums?.[RollupKey.probeTargetChecks(target)]).toBe(checks);
      expect(sums?.[RollupKey.probeTargetPassed(target)]).toBe(checks);
    }
    const day = dayBefore.toISOString().slice(0, 10);
    expect(await stores[1]?.listUptimeDays({ fromDay: day, toDay: day })).toEqual([
      { day, component: "application", checks: 4, passed: 3 },
    ]);
    for (const store of stores) await store.close();
  });

  it("counts a round as failed when one target fails, and says which", async () => {
    const file = path.join(dir, "failing.db");
    const store = new SqliteStore(file);
    // Nothing answers /api/ai/health on this server.
    const partial = await startRouteServer({
      "GET /": async () => new Response("ok"),
      "GET /api/health": (request) => health(request),
    });
    const started = new Date(Math.floor(Date.now() / 60_000) * 60_000);
    const stop = startInAppProber({ store: () => store, baseUrl: partial.origin, intervalMs: 60_000, firstDelayMs: 0 });
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    stop();
    const sums = await store.sumRollupCounters({ from: started, to: new Date(Date.now() + 60_000) });
    expect(sums).toMatchObject({
      [RollupKey.probeChecks]: 1,
      [RollupKey.probePassed]: 0,
      [RollupKey.probeTargetPassed("home")]: 1,
      [RollupKey.probeTargetPassed("health")]: 1,
      [RollupKey.probeTargetPassed("ai_health")]: 0,
    });
    await partial.close();
    await store.close();
  });
});
