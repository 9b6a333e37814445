import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readSseEvents } from "@/lib/http/sse-parser";
import type { PlanRecord } from "@/lib/plans/schema";
import { SqliteStore } from "@/lib/store/sqlite/sqlite-store";
import { type FakeGemini, startFakeGemini, step } from "@/tests/support/fake-gemini";
import { answerLikeGemini } from "@/tests/support/gemini-plans";
import { type NextServer, startNextServer } from "@/tests/support/next-server";

/**
 * Issue 10, "Shutdown": App Hosting sends SIGTERM before it stops an instance.
 * The generation in flight completes, the last minute's counts reach the store,
 * then the process exits.
 */
const GEMINI_DELAY_MS = 3_000;

describe("SIGTERM on next start", () => {
  let fake: FakeGemini;
  let server: NextServer;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "marketplan-shutdown-"));

  beforeAll(async () => {
    // Gemini takes a few seconds to answer: the signal arrives while the plan is being written.
    fake = await startFakeGemini({
      defaultStep: (request) => step.ok(answerLikeGemini(request), { firstTokenDelayMs: GEMINI_DELAY_MS }),
    });
    server = await startNextServer({
      env: {
        GEMINI_API_KEY: "test-key",
        GEMINI_BASE_URL: fake.baseUrl,
        STORE: "sqlite",
        MARKETPLAN_DATA_DIR: dataDir,
        SHUTDOWN_GRACE_MS: "30000",
        AI_TIMEOUT_MS: "20000",
      },
    });
  });

  afterAll(async () => {
    await server?.stop();
    await fake?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("finishes the generation in flight, writes the last minute's counts, then exits", { timeout: 120_000 }, async () => {
    for (let i = 0; i < 5; i++) expect((await fetch(`${server.url}/api/livez`)).status).toBe(200);
    const started = Date.now();
    const response = await fetch(`${server.url}/api/plans/generate`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ businessDescription: "A ceramics studio in Porto running weekend wheel-throwing classes." }),
    });
    expect(response.status).toBe(200);
    await expect.poll(() => fake.activeRequests, { timeout: 10_000 }).toBe(1);

    server.kill("SIGTERM");
    const events = await readSseEvents(response).catch((error: unknown) => {
      throw new Error(`the stream broke off at ${new Date().toISOString()}: ${String(error)}\n${server.logs().slice(-3_000)}`);
    });
    const last = events.at(-1);
    expect(last?.event, server.logs().slice(-2_000)).toBe("plan");
    const plan = last?.data as PlanRecord;
    expect(plan.generation.provider).toBe("gemini");
    expect(Date.now() - started).toBeGreaterThanOrEqual(GEMINI_DELAY_MS);

    const exit = await server.waitForExit(30_000);
    expect(exit, "the server exits after the generation").not.toBeNull();
    expect(server.logs()).toContain("server.shutdown_done");

    const store = new SqliteStore(path.join(dataDir, "marketplan.db"));
    try {
      expect(await store.getPlanById({ id: plan.id })).toEqual(plan);
      const now = Date.now();
      const counters = await store.sumRollupCounters({ from: new Date(now - 10 * 60_000), to: new Date(now + 60_000) });
      // The generation ended seconds before the exit, in a minute the regular flusher never wrote.
      expect(counters["ai_generations.gemini.ok"]).toBe(1);
      expect(counters.http_requests).toBeGreaterThanOrEqual(6);
    } finally {
      await store.close();
    }
  });
});
