import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { describeStoreContract } from "../store-contract";
import { SqliteStore } from "./sqlite-store";

describeStoreContract("sqlite", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "marketplan-contract-"));
  const file = path.join(dir, "store.db");
  const store = new SqliteStore(file);
  return {
    store,
    // A second connection to the same file, as another process on the machine would open it.
    another: async () => new SqliteStore(file),
    activityDays: async (userId) => {
      const db = new Database(file, { readonly: true });
      try {
        return db
          .prepare("SELECT day FROM user_activity WHERE user_id = ? ORDER BY day")
          .all(userId)
          .map((row) => (row as { day: string }).day);
      } finally {
        db.close();
      }
    },
    cleanup: async () => {
      await store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
});
