import "server-only";
import path from "node:path";
import { getEnv } from "@/lib/env";
import { SqliteStore } from "./sqlite/sqlite-store";
import type { Store } from "./types";

export type { QuotaDecision, QuotaLimit, Store } from "./types";

// One store per process, kept on globalThis so Next.js dev reloads and separate
// route bundles share a connection instead of opening one each.
const holder = globalThis as typeof globalThis & { __marketplanStore?: Store };

/** The configured store (SQLite under MARKETPLAN_DATA_DIR unless configured otherwise). */
export function getStore(): Store {
  if (!holder.__marketplanStore) {
    const env = getEnv();
    holder.__marketplanStore = new SqliteStore(path.join(env.dataDir, "marketplan.db"));
  }
  return holder.__marketplanStore;
}

/** Tests swap in a store of their own (or drop it so the next call opens a fresh one). */
export function setStoreForTests(store: Store | undefined): void {
  holder.__marketplanStore = store;
}
