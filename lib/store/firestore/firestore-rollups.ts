import "server-only";
import { type DocumentData, FieldValue, type Firestore, Timestamp } from "firebase-admin/firestore";
import { type MinuteRollup, MinuteRollupSchema, type RollupCounters } from "../observability-records";
import { byMinuteThenInstance, checkRollup } from "../observability-rules";
import { readBack } from "../store-rules";
import { COLLECTIONS } from "./firestore-db";
import { deleteMatching } from "./firestore-purge";

function fromRollupDoc(data: DocumentData, id: string): MinuteRollup {
  const minute = data.minute instanceof Timestamp ? data.minute.toDate().toISOString() : data.minute;
  return readBack(MinuteRollupSchema, { instanceId: data.instanceId, minute, counters: data.counters }, `rollup ${id}`);
}

/**
 * Rollups at `metricRollups/{minuteIso}_{instanceId}` (the instance id
 * URI-encoded, as ids may not contain "/"): `instanceId`, `minute`
 * (Timestamp), `counters` (a map from counter key to number).
 */
export class FirestoreRollups {
  constructor(private readonly db: Firestore) {}

  private get rollups() {
    return this.db.collection(COLLECTIONS.metricRollups);
  }

  /**
   * One merge write of server-side increments: concurrent writers and repeated
   * flushes add up without a transaction. Keys of a nested object given to
   * `set` are literal map keys (only `update` reads dots as paths), so
   * `http_status.2xx` stays one key.
   */
  async addRollup(args: { instanceId: string; minute: Date; counters: RollupCounters }): Promise<void> {
    const { instanceId, minute, counters } = checkRollup(args);
    const entries = Object.entries(counters);
    if (entries.length === 0) return;
    const increments = Object.fromEntries(entries.map(([key, value]) => [key, FieldValue.increment(value)]));
    await this.rollups
      .doc(`${minute}_${encodeURIComponent(instanceId)}`)
      .set({ instanceId, minute: Timestamp.fromDate(new Date(minute)), counters: increments }, { merge: true });
  }

  async listRollups({ from, to }: { from: Date; to: Date }): Promise<MinuteRollup[]> {
    const snapshot = await this.rollups
      .where("minute", ">=", Timestamp.fromDate(from))
      .where("minute", "<", Timestamp.fromDate(to))
      .get();
    return snapshot.docs.map((doc) => fromRollupDoc(doc.data(), doc.id)).sort(byMinuteThenInstance);
  }

  async purgeRollups({ before }: { before: Date }): Promise<number> {
    const writer = this.db.bulkWriter();
    try {
      return await deleteMatching(writer, this.rollups.where("minute", "<", Timestamp.fromDate(before)));
    } finally {
      await writer.close();
    }
  }
}
