import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, expect, it } from "vitest";
import { MIGRATIONS } from "./migrations";
import { SqliteStore } from "./sqlite-store";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

// Rollups are covered by the contract; this is the SQLite-only move from one row per counter to one per minute.
it("folds rollups kept one row per counter (migration 3) into one record per instance and minute, and totals them per hour", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "marketplan-rollups-"));
  dirs.push(dir);
  const file = path.join(dir, "store.db");
  const v3 = new Database(file);
  v3.exec("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
  for (const migration of MIGRATIONS.filter((m) => m.version <= 3)) {
    v3.exec(migration.sql);
    v3.prepare("INSERT INTO schema_migrations VALUES (?, ?, ?)").run(migration.version, migration.name, new Date().toISOString());
  }
  const insert = v3.prepare("INSERT INTO metric_rollups (instance_id, minute, key, value) VALUES (?, ?, ?, ?)");
  insert.run("web-a", "2026-11-26T10:00:00.000Z", "http_requests", 7);
  insert.run("web-a", "2026-11-26T10:00:00.000Z", "http_status.2xx", 6);
  insert.run("web-a", "2026-11-26T10:00:00.000Z", "http_latency_ms.sum", 412.75);
  insert.run("web-b", "2026-11-26T10:00:00.000Z", "http_requests", 5);
  insert.run("web-a", "2026-11-26T10:01:00.000Z", "http_requests", 1);
  v3.close();

  const store = new SqliteStore(file);
  await store.addRollup({ instanceId: "web-a", minute: new Date("2026-11-26T10:00:00.000Z"), counters: { http_requests: 3 } });
  expect(
    await store.listRollups({ from: new Date("2026-11-26T10:00:00.000Z"), to: new Date("2026-11-26T10:02:00.000Z") }),
  ).toEqual([
    {
      instanceId: "web-a",
      minute: "2026-11-26T10:00:00.000Z",
      counters: { http_requests: 10, "http_status.2xx": 6, "http_latency_ms.sum": 412.75 },
    },
    { instanceId: "web-b", minute: "2026-11-26T10:00:00.000Z", counters: { http_requests: 5 } },
    { instanceId: "web-a", minute: "2026-11-26T10:01:00.000Z", counters: { http_requests: 1 } },
  ]);
  // Migration 6 totalled the old minutes per hour: a whole-hour sum reads those totals.
  const hour = { from: new Date("2026-11-26T10:00:00.000Z"), to: new Date("2026-11-26T11:00:00.000Z") };
  expect(await store.sumRollupCounters(hour)).toEqual({ http_requests: 16, "http_status.2xx": 6, "http_latency_ms.sum": 412.75 });
  await store.close();
});
