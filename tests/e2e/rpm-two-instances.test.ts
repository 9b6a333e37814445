import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type NextServer, startNextServer } from "@/tests/support/next-server";

// Two `next start` processes on one SQLite data directory, like two App Hosting
// instances on one Firestore: each flushes its own per-minute rollup, and
// /api/metrics/rpm on either adds both up.
const TOKEN = "ops-token-for-the-two-instance-rpm-test-0123456789";
const MINUTE = 60_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const untilNextMinute = (offsetMs: number) => sleep(MINUTE - (Date.now() % MINUTE) + offsetMs);

describe("/api/metrics/rpm with two instances on one store", () => {
  let dataDir: string;
  const servers: NextServer[] = [];

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "marketplan-rpm-"));
    const env = {
      MARKETPLAN_DATA_DIR: dataDir,
      OPS_API_TOKEN: TOKEN,
      PROBER_ENABLED: "false",
      METRICS_ENABLED: "true",
      GEMINI_API_KEY: undefined,
      GOOGLE_API_KEY: undefined,
    };
    servers.push(await startNextServer({ env }), await startNextServer({ env }));
  });

  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()));
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("counts the requests of the last complete minute on both instances", { timeout: 200_000 }, async () => {
    const [a, b] = servers;
    if (!a || !b) throw new Error("two servers should have started");
    // A minute of our own: the start-up checks fall in earlier minutes.
    await untilNextMinute(1_000);
    const minute = Math.floor(Date.now() / MINUTE);
    const hit = (server: NextServer) => fetch(`${server.url}/api/plans`).then((response) => response.arrayBuffer());
    for (let i = 0; i < 5; i++) await hit(a);
    for (let i = 0; i < 3; i++) await hit(b);
    expect(Math.floor(Date.now() / MINUTE), "all eight requests fell in one minute").toBe(minute);

    // Each instance flushes just after the minute ends.
    await untilNextMinute(2_000);
    const rpm = async (server: NextServer) => {
      const response = await fetch(`${server.url}/api/metrics/rpm`, { headers: { authorization: `Bearer ${TOKEN}` } });
      expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
      return response.text();
    };
    let seen = await rpm(a);
    for (let tries = 0; seen !== "8" && tries < 20; tries++) {
      await sleep(1_000);
      seen = await rpm(a);
    }
    expect(seen).toBe("8");
    expect(await rpm(b)).toBe("8");
  });
});
