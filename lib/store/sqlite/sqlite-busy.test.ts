import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import * as planRoute from "@/app/api/plans/[id]/route";
import * as generateRoute from "@/app/api/plans/generate/route";
import { getEnv } from "@/lib/env";
import { readSseEvents } from "@/lib/http/sse-parser";
import type { PlanRecord } from "@/lib/plans/schema";
import { getStore } from "@/lib/store";
import { cookieFrom, useLocalApp } from "@/tests/support/local-app";
import { buildPlanRecord } from "@/tests/support/store-fixtures";
import { BUSY_BUDGET_MS } from "./sqlite-busy";
import { openDatabase } from "./sqlite-database";
import { SqliteStore } from "./sqlite-store";

const dirs: string[] = [];
function tempFile() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "marketplan-busy-"));
  dirs.push(dir);
  return path.join(dir, "store.db");
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A second connection (another process, as far as SQLite is concerned) holding the write lock. */
function holdWriteLock(file: string): { release: () => void } {
  const other = new Database(file);
  other.exec("BEGIN IMMEDIATE");
  return {
    release: () => {
      other.exec("ROLLBACK");
      other.close();
    },
  };
}

describe("SQLite under a held write lock (issue 10)", () => {
  it("answers 503 store_unavailable after retrying briefly, not a 500, and the event loop keeps running", async () => {
    const file = tempFile();
    const store = new SqliteStore(file);
    const lock = holdWriteLock(file);
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 50);
    const started = Date.now();
    try {
      await expect(store.createPlan({ record: buildPlanRecord() })).rejects.toMatchObject({
        code: "store_unavailable",
        status: 503,
        message: expect.stringMatching(/busy/),
      });
    } finally {
      clearInterval(ticker);
      lock.release();
    }
    const waited = Date.now() - started;
    expect(waited).toBeGreaterThanOrEqual(BUSY_BUDGET_MS);
    expect(waited).toBeLessThan(BUSY_BUDGET_MS + 2_000);
    // Retries sleep between tries: other work ran meanwhile.
    expect(ticks).toBeGreaterThanOrEqual(10);
    expect(await store.countPlans()).toBe(0);
    await store.close();
  });

  it("succeeds once the lock is released within the retry budget", async () => {
    const file = tempFile();
    const store = new SqliteStore(file);
    const lock = holdWriteLock(file);
    setTimeout(() => lock.release(), 400);
    const record = buildPlanRecord();
    await store.createPlan({ record });
    expect(await store.getPlanById({ id: record.id })).toEqual(record);
    await store.close();
  });

  it("syncs every commit to disk (synchronous=FULL)", () => {
    const db = openDatabase(tempFile());
    expect(db.pragma("synchronous", { simple: true })).toBe(2);
    db.close();
  });

  it("answers an API write with 503 and Retry-After, and still delivers a new plan unsaved", { timeout: 60_000 }, async () => {
    const cleanup = useLocalApp();
    try {
      const first = await generate();
      const cookie = cookieFrom(first);
      const plan = (await readSseEvents(first)).at(-1)?.data as PlanRecord;
      const lock = holdWriteLock(path.join(getEnv().dataDir, "marketplan.db"));
      try {
        const response = await planRoute.DELETE(
          new Request(`http://localhost/api/plans/${plan.id}`, { method: "DELETE", headers: { cookie } }),
          { params: Promise.resolve({ id: plan.id }) },
        );
        expect(response.status).toBe(503);
        expect(response.headers.get("retry-after")).toBe("1");
        expect(((await response.json()) as { error: { code: string } }).error.code).toBe("store_unavailable");
        const events = await readSseEvents(await generate(cookie));
        expect(events.at(-1)?.event).toBe("unsaved");
      } finally {
        lock.release();
      }
      expect(await getStore().getPlanById({ id: plan.id })).not.toBeNull();
    } finally {
      await cleanup();
    }
  });
});

function generate(cookie?: string): Promise<Response> {
  return generateRoute.POST(
    new Request("http://localhost/api/plans/generate", {
      method: "POST",
      headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ businessDescription: "A repair café in Ghent fixing small appliances on Saturdays." }),
    }),
  );
}
