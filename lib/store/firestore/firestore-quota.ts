import "server-only";
import { type Firestore, Timestamp } from "firebase-admin/firestore";
import { openBuckets, quotaWindow } from "../quota-windows";
import type { QuotaDecision, QuotaLimit, QuotaWindow } from "../types";
import { COLLECTIONS, TRANSACTION_OPTIONS } from "./firestore-db";
import type { KeyedQueue } from "./keyed-queue";

/**
 * Quota counters at `quota/{key}:{window}:{windowId}` (the key URI-encoded, as
 * ids may not contain "/"), each `{ key, window, windowId, count, expiresAt }`.
 * A TTL policy on `expiresAt` removes ended windows.
 */
export class FirestoreQuota {
  constructor(
    private readonly db: Firestore,
    private readonly queue: KeyedQueue,
  ) {}

  async readQuota({ key, windows, now }: { key: string; windows: readonly QuotaWindow[]; now: Date }) {
    const refs = windows.map((window) =>
      this.db.collection(COLLECTIONS.quota).doc(`${encodeURIComponent(key)}:${window}:${quotaWindow(window, now).id}`),
    );
    const snapshots = refs.length > 0 ? await this.db.getAll(...refs) : [];
    const used = {} as Record<QuotaWindow, number>;
    for (const [index, window] of windows.entries()) {
      const count = snapshots[index]?.get("count");
      used[window] = typeof count === "number" ? count : 0;
    }
    return used;
  }

  async releaseQuota(args: { key: string; windows: readonly QuotaWindow[]; takenAt: Date; now: Date }): Promise<number> {
    // The bucket ids carry the raw key; documents carry it URI-encoded (ids may not contain "/").
    const refs = openBuckets({ ...args, key: encodeURIComponent(args.key) }).map((id) =>
      this.db.collection(COLLECTIONS.quota).doc(id),
    );
    if (refs.length === 0) return 0;
    return this.queue.run(`quota:${args.key}`, () =>
      this.db.runTransaction(async (tx) => {
        const snapshots = await tx.getAll(...refs);
        let released = 0;
        for (const [index, ref] of refs.entries()) {
          const count = snapshots[index]?.get("count");
          if (typeof count !== "number" || count <= 0) continue;
          tx.update(ref, { count: count - 1 });
          released++;
        }
        return released;
      }, TRANSACTION_OPTIONS),
    );
  }

  async consumeQuota({ key, limits, now }: { key: string; limits: readonly QuotaLimit[]; now: Date }): Promise<QuotaDecision> {
    const windows = limits.map((limit) => {
      const window = quotaWindow(limit.window, now);
      const id = `${encodeURIComponent(key)}:${limit.window}:${window.id}`;
      return { ...limit, ...window, ref: this.db.collection(COLLECTIONS.quota).doc(id) };
    });
    if (windows.length === 0) return { allowed: true, used: {} as Record<QuotaWindow, number> };
    return this.queue.run(`quota:${key}`, () =>
      this.db.runTransaction(async (tx): Promise<QuotaDecision> => {
        const snapshots = await tx.getAll(...windows.map((w) => w.ref));
        const used = {} as Record<QuotaWindow, number>;
        for (const [index, w] of windows.entries()) {
          const count = snapshots[index]?.get("count");
          const current = typeof count === "number" ? count : 0;
          if (current >= w.limit) return { allowed: false, exhausted: w.window, retryAfterMs: w.endsAt - now.getTime() };
          used[w.window] = current + 1;
        }
        for (const w of windows) {
          tx.set(w.ref, {
            key,
            window: w.window,
            windowId: w.id,
            count: used[w.window],
            expiresAt: Timestamp.fromMillis(w.endsAt),
          });
        }
        return { allowed: true, used };
      }, TRANSACTION_OPTIONS),
    );
  }
}
