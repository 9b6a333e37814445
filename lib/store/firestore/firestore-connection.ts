import "server-only";
import { randomUUID } from "node:crypto";
import { type App, deleteApp, initializeApp } from "firebase-admin/app";
import { type Firestore, getFirestore } from "firebase-admin/firestore";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { isUnavailable } from "./firestore-db";

const CLOSE_TIMEOUT_MS = 5_000;

/** Resolves with `fallback` after `ms` unless `work` settles first. */
async function within<T, F>(work: Promise<T>, ms: number, fallback: () => F): Promise<T | F> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<F>((resolve, reject) => {
    timer = setTimeout(() => {
      try {
        resolve(fallback());
      } catch (error) {
        reject(error);
      }
    }, ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * A Firestore client on an app of its own (named, so tests and tools can open
 * several), which the SDK points at FIRESTORE_EMULATOR_HOST when it is set.
 * Every call goes through `call`, which bounds how long a caller waits.
 */
export class FirestoreConnection {
  readonly app: App;
  readonly db: Firestore;
  private readonly inFlight = new Set<Promise<unknown>>();

  constructor({ projectId, databaseId }: { projectId: string; databaseId?: string }) {
    this.app = initializeApp({ projectId }, `marketplan-store-${randomUUID()}`);
    this.db = databaseId ? getFirestore(this.app, databaseId) : getFirestore(this.app);
    // Optional fields of the plan schema may hold `undefined`; Firestore refuses it unless told to drop it.
    this.db.settings({ ignoreUndefinedProperties: true });
  }

  /**
   * Runs one store operation, turning "Firestore is unreachable" into the app's
   * store_unavailable error, after `deadlineMs` at the latest (null: no
   * deadline). The SDK alone retries an unreachable server for a minute or
   * more. A write that missed its deadline may still land later, so callers
   * retry with the same ids (createPlan accepts the identical plan again).
   */
  call<T>(operation: string, task: () => Promise<T>, deadlineMs: number | null): Promise<T> {
    const run = (async () => {
      try {
        return await task();
      } catch (error) {
        if (isUnavailable(error))
          throw new AppError("store_unavailable", `Firestore did not answer ${operation}`, { cause: error });
        throw error;
      }
    })();
    const settled = run.then(
      () => undefined,
      () => undefined,
    );
    this.inFlight.add(settled);
    void settled.then(() => this.inFlight.delete(settled));
    if (deadlineMs === null) return run;
    return within(run, deadlineMs, () => {
      throw new AppError("store_unavailable", `Firestore did not answer ${operation} within ${deadlineMs} ms`);
    });
  }

  /**
   * Waits for calls still running, then terminates the client and deletes the
   * app. Terminating under calls that still retry an unreachable server makes
   * the SDK reject them from inside; so when they do not finish within
   * CLOSE_TIMEOUT_MS the client is left to fail them on its own.
   */
  async close(): Promise<void> {
    const drained = await within(
      Promise.all(this.inFlight).then(() => true),
      CLOSE_TIMEOUT_MS,
      () => false,
    );
    if (!drained) {
      log.warn("firestore_close_abandoned", { app: this.app.name, pendingCalls: this.inFlight.size });
      return;
    }
    await this.db.terminate();
    await deleteApp(this.app);
  }
}
