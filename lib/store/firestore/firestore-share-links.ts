import "server-only";
import { type Firestore, Timestamp } from "firebase-admin/firestore";
import { AppError } from "@/lib/errors";
import type { ShareLink } from "../records";
import { normalizeShareLink } from "../store-rules";
import { fromShareLinkDoc, toShareLinkDoc } from "./firestore-convert";
import { COLLECTIONS, isAlreadyExists, TRANSACTION_OPTIONS } from "./firestore-db";

/** Share links at `shareLinks/{tokenHash}`. */
export class FirestoreShareLinks {
  constructor(private readonly db: Firestore) {}

  async createShareLink({ link }: { link: ShareLink }): Promise<void> {
    const valid = normalizeShareLink(link);
    try {
      await this.db.collection(COLLECTIONS.shareLinks).doc(valid.tokenHash).create(toShareLinkDoc(valid));
    } catch (error) {
      if (isAlreadyExists(error))
        throw new AppError("internal", "A share link with this token hash already exists", { cause: error });
      throw error;
    }
  }

  async getShareLink({ tokenHash }: { tokenHash: string }): Promise<ShareLink | null> {
    // Document ids may not contain "/"; a malformed hash cannot name a link anyway.
    if (!/^[0-9a-f]{64}$/.test(tokenHash)) return null;
    const data = (await this.db.collection(COLLECTIONS.shareLinks).doc(tokenHash).get()).data();
    return data ? fromShareLinkDoc(data) : null;
  }

  async revokeShareLinks({ planId, at }: { planId: string; at: Date }): Promise<number> {
    const live = this.db.collection(COLLECTIONS.shareLinks).where("planId", "==", planId).where("revokedAt", "==", null);
    return this.db.runTransaction(async (tx) => {
      const snapshot = await tx.get(live);
      for (const doc of snapshot.docs) tx.update(doc.ref, { revokedAt: Timestamp.fromDate(at) });
      return snapshot.size;
    }, TRANSACTION_OPTIONS);
  }
}
