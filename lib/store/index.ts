import "server-only";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { recordStoreError } from "@/lib/metrics/record";
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
    holder.__marketplanStore = countingErrors(
      choice.kind === "sqlite"
        ? new SqliteStore(choice.file)
        : new FirestoreStore({ projectId: choice.projectId, databaseId: choice.databaseId, timeoutMs: choice.timeoutMs }),
    );
  }
  return holder.__marketplanStore;
}

/**
 * The store, with every failed call counted in `marketplanai_store_errors_total`:
 * `unavailable` when it was unreachable or timed out, `other` for anything
 * unexpected. Refusals the app expects (a bad argument) are not store errors.
 */
function countingErrors(store: Store): Store {
  const note = (error: unknown) => {
    if (error instanceof AppError && error.code !== "store_unavailable" && error.code !== "internal") return;
    const kind = error instanceof AppError && error.code === "store_unavailable" ? "unavailable" : "other";
    recordStoreError({ store: store.kind, kind });
  };
  return new Proxy(store, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        try {
          const result = value.apply(target, args);
          return result instanceof Promise
            ? result.catch((error: unknown) => {
                note(error);
                throw error;
              })
            : result;
        } catch (error) {
          note(error);
          throw error;
        }
      };
    },
  });
}

/** Tests swap in a store of their own (or drop it so the next call opens a fresh one). */
export function setStoreForTests(store: Store | undefined): void {
  holder.__marketplanStore = store;
}
