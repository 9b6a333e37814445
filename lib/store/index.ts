import "server-only";
import { getEnv } from "@/lib/env";
import { FirestoreStore } from "./firestore/firestore-store";
import { SqliteStore } from "./sqlite/sqlite-store";
import { chooseStore } from "./store-choice";
import type { Store } from "./types";

export type { Page, QuotaDecision, QuotaLimit, Store } from "./types";

// One store per process, kept on globalThis so Next.js dev reloads and separate
// route bundles share a connection instead of opening one each.
const holder = globalThis as typeof globalThis & { __marketplanStore?: Store };

/**
 * The configured store: SQLite under MARKETPLAN_DATA_DIR by default; Firestore
 * when STORE=firestore, or when STORE is unset and FIRESTORE_EMULATOR_HOST or a
 * Firebase project is configured (lib/store/store-choice.ts).
 */
export function getStore(): Store {
  if (!holder.__marketplanStore) {
    const choice = chooseStore(getEnv());
    holder.__marketplanStore =
      choice.kind === "sqlite"
        ? new SqliteStore(choice.file)
        : new FirestoreStore({ projectId: choice.projectId, databaseId: choice.databaseId, timeoutMs: choice.timeoutMs });
  }
  return holder.__marketplanStore;
}

/** Tests swap in a store of their own (or drop it so the next call opens a fresh one). */
export function setStoreForTests(store: Store | undefined): void {
  holder.__marketplanStore = store;
}
