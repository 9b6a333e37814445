import "server-only";
import { AppError } from "@/lib/errors";

/**
 * How long SQLite itself waits for a lock before answering SQLITE_BUSY. Short,
 * because better-sqlite3 waits synchronously: the whole process stalls meanwhile.
 */
export const BUSY_TIMEOUT_MS = 100;
/** How long a store call keeps retrying a busy database (asleep between tries, so other requests run). */
export const BUSY_BUDGET_MS = 2_000;

/** SQLITE_BUSY (another connection holds the write lock) and its extended codes; SQLITE_LOCKED likewise. */
export function isBusy(error: unknown): boolean {
  const code = error instanceof Error && "code" in error ? String(error.code) : "";
  return code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED");
}

/**
 * Runs one store call (one transaction, so a busy failure changed nothing and
 * may be run again), retrying while the database is busy for up to
 * BUSY_BUDGET_MS, then answers 503 store_unavailable instead of a 500.
 */
export async function retryWhileBusy<T>(run: () => T, budgetMs = BUSY_BUDGET_MS): Promise<T> {
  const started = Date.now();
  for (let attempt = 0; ; attempt++) {
    try {
      return run();
    } catch (error) {
      if (!isBusy(error)) throw error;
      const left = budgetMs - (Date.now() - started);
      if (left <= 0) {
        throw new AppError("store_unavailable", "The database is busy with another writer just now. Try again in a moment.", {
          cause: error,
          expose: true,
          headers: { "retry-after": "1" },
        });
      }
      await new Promise((resolve) => setTimeout(resolve, Math.min(left, 25 * 2 ** Math.min(attempt, 3))));
    }
  }
}
