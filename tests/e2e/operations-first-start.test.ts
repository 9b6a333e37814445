import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROBE_TARGET_IDS, RollupKey } from "@/lib/metrics/rollup-keys";
import { SqliteStore } from "@/lib/store/sqlite/sqlite-store";
import { runCli } from "@/ops/testing/run-cli";
import { type NextServer, startNextServer } from "@/tests/support/next-server";

const TOKEN = "ops-token-for-the-uptime-e2e-test-0123456789";

describe("operations from the first start of `next start`", () => {
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

  it("runs an incident through the ops CLI; /api/status shows it with its public updates only, until it is resolved", async () => {
    const env = { BASE_URL: server.url, OPS_API_TOKEN: TOKEN };
    const opened = await runCli(
      [
        "incident",
        "open",
        "--title",
        "Plans are slow",
        "--severity",
        "SEV2",
        "--component",
        "ai_service",
        "--body",
        "Looking into slow generation.",
        "--json",
      ],
      env,
    );
    expect(opened.code).toBe(0);
    const { id } = JSON.parse(opened.stdout).incident;
    expect(
      (
        await runCli(
          ["incident", "update", id, "--status", "identified", "--body", "Gemini key rotated by mistake", "--internal"],
          env,
        )
      ).code,
    ).toBe(0);

    const status = async () =>
      (await (await fetch(`${server.url}/api/status`)).json()) as {
        status: { indicator: string };
        incidents: { id: string; incident_updates: { body: string }[] }[];
      };
    // The status summary is cached for 5 s.
    await new Promise((resolve) => setTimeout(resolve, 5_500));
    const during = await status();
    expect(during.status.indicator).toBe("major");
    const shown = during.incidents.find((incident) => incident.id === id);
    expect(shown?.incident_updates.map((update) => update.body)).toEqual(["Looking into slow generation."]);

    expect((await runCli(["incident", "resolve", id], env)).code).toBe(0);
    const twice = await runCli(["incident", "resolve", id], env);
    expect(twice.code).toBe(1);
    expect(twice.stderr).toContain("409");
    await new Promise((resolve) => setTimeout(resolve, 5_500));
    expect((await status()).incidents.find((incident) => incident.id === id)).toBeUndefined();

    const count = await fetch(`${server.url}/api/incidents/weekly/count`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(await count.text()).toBe("1");
  }, 120_000);
});
