import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, expect, it } from "vitest";
import { SqliteStore } from "@/lib/store/sqlite/sqlite-store";
import { BACKUP_STALE_AFTER_HOURS, hoursSinceLastBackup } from "./heartbeat";

let dir: string;
let store: SqliteStore;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "marketplan-heartbeat-"));
  store = new SqliteStore(path.join(dir, "store.db"));
});
afterEach(async () => {
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

it("reads hours since the last successful backup: null before any, past 26 after a missed night", async () => {
  const now = new Date("2026-12-03T06:00:00.000Z");
  expect(await hoursSinceLastBackup({ store, now })).toBeNull();
  await store.recordBackupHeartbeat({ heartbeat: { at: "2026-12-02T03:00:00.000Z", kind: "sqlite", location: "b1", bytes: 10 } });
  expect(await hoursSinceLastBackup({ store, now })).toBe(27);
  expect((await hoursSinceLastBackup({ store, now })) ?? 0).toBeGreaterThan(BACKUP_STALE_AFTER_HOURS);
  await store.recordBackupHeartbeat({ heartbeat: { at: "2026-12-03T03:00:00.000Z", kind: "sqlite", location: "b2", bytes: 10 } });
  expect(await hoursSinceLastBackup({ store, now })).toBe(3);
});
