import "server-only";
import { type Firestore, Timestamp } from "firebase-admin/firestore";
import { LeaseSchema } from "../observability-records";
import { checkLease, mayTakeLease } from "../observability-rules";
import { readBack } from "../store-rules";
import { COLLECTIONS, TRANSACTION_OPTIONS } from "./firestore-db";

/** Leases at `leases/{name}`: `{holder, expiresAt}`, taken in a transaction so two instances never both win. */
export class FirestoreLeases {
  constructor(private readonly db: Firestore) {}

  private lease(name: string) {
    return this.db.collection(COLLECTIONS.leases).doc(name);
  }

  async acquireLease(args: { name: string; holder: string; ttlMs: number; now: Date }): Promise<boolean> {
    const wanted = checkLease(args);
    const ref = this.lease(wanted.name);
    return this.db.runTransaction(async (tx) => {
      const data = (await tx.get(ref)).data();
      const current = data
        ? readBack(
            LeaseSchema,
            { name: wanted.name, holder: data.holder, expiresAt: (data.expiresAt as Timestamp).toDate().toISOString() },
            `lease ${wanted.name}`,
          )
        : null;
      if (!mayTakeLease(current, wanted.holder, args.now)) return false;
      tx.set(ref, { holder: wanted.holder, expiresAt: Timestamp.fromDate(new Date(wanted.expiresAt)) });
      return true;
    }, TRANSACTION_OPTIONS);
  }

  async releaseLease({ name, holder }: { name: string; holder: string }): Promise<void> {
    if (!LeaseSchema.shape.name.safeParse(name).success) return;
    const ref = this.lease(name);
    await this.db.runTransaction(async (tx) => {
      const data = (await tx.get(ref)).data();
      if (data?.holder === holder) tx.delete(ref);
    }, TRANSACTION_OPTIONS);
  }
}
