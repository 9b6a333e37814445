import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { getEnv, resetEnvForTests } from "@/lib/env";
import { SqliteStore } from "@/lib/store/sqlite/sqlite-store";
import type { RollupCounters, Store } from "@/lib/store/types";
import type { AlertReceivers } from "@/tests/support/receivers";
import { type AlertSettings, alertSettingsFromEnv } from "./alert-settings";

const MINUTE_MS = 60_000;

/** A temp SQLite file; `open()` gives another store on it, as a restarted or second instance would. */
export function tempSqlite() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "marketplan-alerts-"));
  const file = path.join(dir, "store.db");
  const opened: SqliteStore[] = [];
  return {
    open: (): Store => {
      const store = new SqliteStore(file);
      opened.push(store);
      return store;
    },
    cleanup: async () => {
      for (const store of opened) await store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Writes `counters` into each of the `minutes` whole minutes before `now` (the current minute excluded). */
export async function seedMinutes(store: Store, now: Date, minutes: number, counters: RollupCounters, instanceId = "web-1") {
  const current = Math.floor(now.getTime() / MINUTE_MS) * MINUTE_MS;
  for (let i = 1; i <= minutes; i++) {
    await store.addRollup({ instanceId, minute: new Date(current - i * MINUTE_MS), counters });
  }
}

/** Alert settings as the environment would give them, with every notifier pointed at the test's receivers. */
export function settingsFor(receivers: AlertReceivers | null, extra: Record<string, string> = {}): AlertSettings {
  const keys = [...Object.keys(receivers?.env ?? {}), ...Object.keys(extra)];
  const saved = Object.fromEntries(keys.map((key) => [key, process.env[key]]));
  Object.assign(process.env, receivers?.env ?? {}, extra);
  resetEnvForTests();
  try {
    return alertSettingsFromEnv(getEnv());
  } finally {
    for (const key of keys) {
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
    }
    resetEnvForTests();
  }
}
