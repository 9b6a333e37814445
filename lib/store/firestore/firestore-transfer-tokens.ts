import "server-only";
import type { Firestore } from "firebase-admin/firestore";
import { AppError } from "@/lib/errors";
import { type TransferToken, TransferTokenSchema } from "../transfer-records";
import { isAlreadyExists, TRANSACTION_OPTIONS } from "./firestore-db";

const COLLECTION = "transferTokens";

/** Transfer codes at `transferTokens/{tokenHash}`; redeemed in a transaction, so only once. */
export class FirestoreTransferTokens {
  constructor(private readonly db: Firestore) {}

  async createTransferToken({ token }: { token: TransferToken }): Promise<void> {
    const valid = TransferTokenSchema.parse(token);
    try {
      await this.db.collection(COLLECTION).doc(valid.tokenHash).create(valid);
    } catch (error) {
      if (isAlreadyExists(error))
        throw new AppError("internal", "A transfer code with this hash already exists", { cause: error });
      throw error;
    }
  }

  async redeemTransferToken({ tokenHash, at }: { tokenHash: string; at: Date }): Promise<TransferToken | null> {
    if (!/^[0-9a-f]{64}$/.test(tokenHash)) return null;
    const ref = this.db.collection(COLLECTION).doc(tokenHash);
    return this.db.runTransaction(async (tx) => {
      const snapshot = await tx.get(ref);
      const parsed = TransferTokenSchema.safeParse(snapshot.data());
      if (!parsed.success) return null;
      const token = parsed.data;
      if (token.usedAt !== null || token.expiresAt <= at.toISOString()) return null;
      const used = { ...token, usedAt: at.toISOString() };
      tx.update(ref, { usedAt: used.usedAt });
      return used;
    }, TRANSACTION_OPTIONS);
  }
}
