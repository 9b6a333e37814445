import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROBE_TARGET_IDS, RollupKey } from "@/lib/metrics/rollup-keys";
import { SqliteStore } from "@/lib/store/sqlite/sqlite-store";
import { type NextServer, startNextServer } from "@/tests/support/next-server";

const TOKEN = "ops-token-for-the-uptime-e2e-test-0123456789";

describe("uptime from the first start", () => {
  let server: NextServer;
  beforeAll(async () => {
    // PROBER_ENABLED unset: the default, as on a fresh clone's `npm start`.
    server = await startNextServer({ env: { PROBER_ENABLED: undefined, PROBE_INTERVAL_MS: "1000", OPS_API_TOKEN: TOKEN } });
  });
  afterAll(() => server?.stop());

  it("answers a numeric uptime within seconds, with nobody starting a prober, from all three endpoints", async () => {
    const deadline = Date.now() + 60_000;
    let uptime = "n/a";
    while (Date.now() < deadline) {
      const response = await fetch(`${server.url}/api/metrics/uptime/weekly`, { headers: { authorization: `Bearer ${TOKEN}` } });
      uptime = await response.text();
      if (uptime !== "n/a") break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(Number(uptime)).toBe(100);
    expect(server.logs()).toContain("probe.lease_taken");

    const store = new SqliteStore(`${server.dataDir}/marketplan.db`);
    try {
      const sums = await store.sumRollupCounters({ from: new Date(Date.now() - 3_600_000), to: new Date(Date.now() + 60_000) });
      const rounds = sums[RollupKey.probeChecks] ?? 0;
      expect(rounds).toBeGreaterThan(0);
      for (const target of PROBE_TARGET_IDS) {
        expect(sums[RollupKey.probeTargetChecks(target)]).toBe(rounds);
        expect(sums[RollupKey.probeTargetPassed(target)]).toBeGreaterThan(0);
      }
    } finally {
      await store.close();
    }
  });
});
