import "server-only";
import { type Firestore, Timestamp } from "firebase-admin/firestore";
import { type BackupHeartbeat, BackupHeartbeatSchema } from "../backup-heartbeat";
import { normalizeBackupHeartbeat, readBack } from "../store-rules";
import { COLLECTIONS, TRANSACTION_OPTIONS } from "./firestore-db";

const DOC_ID = "last";

/** The backup heartbeat at `backupHeartbeats/last`, moved forward only. */
export class FirestoreBackupHeartbeat {
  constructor(private readonly db: Firestore) {}

  async record({ heartbeat }: { heartbeat: BackupHeartbeat }): Promise<void> {
    const valid = normalizeBackupHeartbeat(heartbeat);
    const ref = this.db.collection(COLLECTIONS.backupHeartbeats).doc(DOC_ID);
    await this.db.runTransaction(async (tx) => {
      const current = (await tx.get(ref)).data();
      const currentAt = current?.at instanceof Timestamp ? current.at.toMillis() : Number.NEGATIVE_INFINITY;
      if (Date.parse(valid.at) < currentAt) return;
      tx.set(ref, { ...valid, at: Timestamp.fromDate(new Date(valid.at)) });
    }, TRANSACTION_OPTIONS);
  }

  async last(): Promise<BackupHeartbeat | null> {
    const data = (await this.db.collection(COLLECTIONS.backupHeartbeats).doc(DOC_ID).get()).data();
    if (!data) return null;
    const at = data.at instanceof Timestamp ? data.at.toDate().toISOString() : data.at;
    return readBack(BackupHeartbeatSchema, { ...data, at }, "backup heartbeat");
  }
}
