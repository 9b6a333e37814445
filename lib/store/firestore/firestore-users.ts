import "server-only";
import { type Firestore, Timestamp } from "firebase-admin/firestore";
import { checkPageLimit } from "../cursor";
import { checkDay } from "../observability-rules";
import type { UserRecord } from "../records";
import { checkUserId, isStorableUserId, utcDay } from "../store-rules";
import { fromUserDoc, toUserDoc } from "./firestore-convert";
import { COLLECTIONS, TRANSACTION_OPTIONS } from "./firestore-db";
import { deleteUserEverything } from "./firestore-purge";
import type { KeyedQueue } from "./keyed-queue";

/** Users at `users/{id}`, one activity document per UTC day at `users/{id}/activity/{yyyy-mm-dd}`. */
export class FirestoreUsers {
  constructor(
    private readonly db: Firestore,
    private readonly queue: KeyedQueue,
  ) {}

  private user(id: string) {
    return this.db.collection(COLLECTIONS.users).doc(id);
  }

  async touchUser({ id, kind, at }: { id: string; kind: UserRecord["kind"]; at: Date }): Promise<UserRecord> {
    const ref = this.user(checkUserId(id));
    const day = utcDay(at);
    const now = at.toISOString();
    return this.queue.run(`user:${id}`, () =>
      this.db.runTransaction(async (tx) => {
        const data = (await tx.get(ref)).data();
        const existing = data ? fromUserDoc(data, id) : null;
        // A user is never made anonymous again, and lastActiveAt only moves forward.
        const user: UserRecord = existing
          ? {
              ...existing,
              kind: kind === "registered" ? "registered" : existing.kind,
              lastActiveAt: at.getTime() > Date.parse(existing.lastActiveAt) ? now : existing.lastActiveAt,
            }
          : { id, kind, createdAt: now, lastActiveAt: now };
        tx.set(ref, toUserDoc(user));
        tx.set(ref.collection(COLLECTIONS.activity).doc(day), { userId: id, day });
        return user;
      }, TRANSACTION_OPTIONS),
    );
  }

  async getUser({ id }: { id: string }): Promise<UserRecord | null> {
    if (!isStorableUserId(id)) return null;
    const data = (await this.user(id).get()).data();
    return data ? fromUserDoc(data, id) : null;
  }

  async listInactiveAnonymousUsers({ before, limit }: { before: Date; limit: number }): Promise<UserRecord[]> {
    const snapshot = await this.db
      .collection(COLLECTIONS.users)
      .where("kind", "==", "anonymous")
      .where("lastActiveAt", "<", Timestamp.fromDate(before))
      .orderBy("lastActiveAt", "asc")
      .limit(checkPageLimit(limit, 10_000))
      .get();
    return snapshot.docs.map((doc) => fromUserDoc(doc.data(), doc.id));
  }

  /**
   * Everything a user owns is more than one transaction may write, so the
   * condition is checked in the transaction that deletes the user document (after
   * which touchUser starts a new user), and the rest goes after it.
   */
  async deleteUserData({
    userId,
    onlyIfInactiveAnonymousBefore: before,
  }: {
    userId: string;
    onlyIfInactiveAnonymousBefore?: Date;
  }): Promise<{ plans: number } | null> {
    if (before) {
      if (!isStorableUserId(userId)) return null;
      const ref = this.user(userId);
      const claimed = await this.queue.run(`user:${userId}`, () =>
        this.db.runTransaction(async (tx) => {
          const data = (await tx.get(ref)).data();
          const user = data ? fromUserDoc(data, userId) : null;
          if (user?.kind !== "anonymous" || Date.parse(user.lastActiveAt) >= before.getTime()) return false;
          tx.delete(ref);
          return true;
        }, TRANSACTION_OPTIONS),
      );
      if (!claimed) return null;
    }
    return { plans: await deleteUserEverything(this.db, userId) };
  }

  async countNewUsers({ since, until }: { since: Date; until?: Date }): Promise<number> {
    let query = this.db.collection(COLLECTIONS.users).where("createdAt", ">=", Timestamp.fromDate(since));
    if (until) query = query.where("createdAt", "<", Timestamp.fromDate(until));
    return (await query.count().get()).data().count;
  }

  async countUsersActiveSince({ since }: { since: Date }): Promise<number> {
    const query = this.db.collection(COLLECTIONS.users).where("lastActiveAt", ">=", Timestamp.fromDate(since));
    return (await query.count().get()).data().count;
  }

  /** Reads only the `userId` of each day's activity (collection-group index on `day`). */
  async listActiveUserIds({ fromDay, toDay }: { fromDay: string; toDay: string }): Promise<string[]> {
    const snapshot = await this.db
      .collectionGroup(COLLECTIONS.activity)
      .where("day", ">=", checkDay(fromDay, "fromDay"))
      .where("day", "<=", checkDay(toDay, "toDay"))
      .select("userId")
      .get();
    const ids = new Set<string>();
    for (const doc of snapshot.docs) {
      const userId: unknown = doc.get("userId");
      if (typeof userId === "string") ids.add(userId);
    }
    return [...ids].sort();
  }
}
