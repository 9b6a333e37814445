import "server-only";
import { type DocumentData, FieldValue, type Firestore, type Query, Timestamp } from "firebase-admin/firestore";
import { type MinuteRollup, MinuteRollupSchema, type RollupCounters } from "../observability-records";
import { addCounters, byMinuteThenInstance, checkRollup, HOUR_MS, wholeHoursWithin } from "../observability-rules";
import { readBack } from "../store-rules";
import { COLLECTIONS } from "./firestore-db";
import { deleteMatching } from "./firestore-purge";

/** A minute or hour document: `instanceId`, the period's start (`field`), `counters`. */
function fromRollupDoc(data: DocumentData, id: string, field: "minute" | "hour"): MinuteRollup {
  const start: unknown = data[field];
  const minute = start instanceof Timestamp ? start.toDate().toISOString() : start;
  return readBack(MinuteRollupSchema, { instanceId: data.instanceId, minute, counters: data.counters }, `rollup ${id}`);
}

const between = (query: Query, field: string, from: number, to: number) =>
  query.where(field, ">=", Timestamp.fromMillis(from)).where(field, "<", Timestamp.fromMillis(to));

/**
 * Rollups at `metricRollups/{minuteIso}_{instanceId}` (the instance id
 * URI-encoded, as ids may not contain "/"): `instanceId`, `minute`
 * (Timestamp), `counters` (a map from counter key to number). The same counts
 * are added to `metricRollupHours/{hourIso}_{instanceId}` (`hour` instead of
 * `minute`) so long windows are summed from 168 documents a week per
 * instance instead of 10,080.
 */
export class FirestoreRollups {
  constructor(private readonly db: Firestore) {}

  private get minutes() {
    return this.db.collection(COLLECTIONS.metricRollups);
  }

  private get hours() {
    return this.db.collection(COLLECTIONS.metricRollupHours);
  }

  /**
   * One batch of merge writes of server-side increments (minute and hour
   * together or neither): concurrent writers and repeated flushes add up
   * without a transaction. Keys of a nested object given to `set` are literal
   * map keys (only `update` reads dots as paths), so `http_status.2xx` stays one key.
   */
  async addRollup(args: { instanceId: string; minute: Date; counters: RollupCounters }): Promise<void> {
    const { instanceId, minute, counters } = checkRollup(args);
    const entries = Object.entries(counters);
    if (entries.length === 0) return;
    const increments = Object.fromEntries(entries.map(([key, value]) => [key, FieldValue.increment(value)]));
    const minuteMs = Date.parse(minute);
    const hour = new Date(minuteMs - (minuteMs % HOUR_MS));
    const instance = encodeURIComponent(instanceId);
    const batch = this.db.batch();
    batch.set(
      this.minutes.doc(`${minute}_${instance}`),
      { instanceId, minute: Timestamp.fromMillis(minuteMs), counters: increments },
      { merge: true },
    );
    batch.set(
      this.hours.doc(`${hour.toISOString()}_${instance}`),
      { instanceId, hour: Timestamp.fromDate(hour), counters: increments },
      { merge: true },
    );
    await batch.commit();
  }

  async listRollups({ from, to }: { from: Date; to: Date }): Promise<MinuteRollup[]> {
    const snapshot = await between(this.minutes, "minute", from.getTime(), to.getTime()).get();
    return snapshot.docs.map((doc) => fromRollupDoc(doc.data(), doc.id, "minute")).sort(byMinuteThenInstance);
  }

  /** Whole hours inside the window from hourly documents, the minutes at either edge from minute documents. */
  async sumRollupCounters({ from, to }: { from: Date; to: Date }): Promise<RollupCounters> {
    const { hours, edges } = wholeHoursWithin(from.getTime(), to.getTime());
    const reads = edges.map(async (edge) => {
      const snapshot = await between(this.minutes, "minute", edge.from, edge.to).get();
      return snapshot.docs.map((doc) => fromRollupDoc(doc.data(), doc.id, "minute"));
    });
    if (hours) {
      reads.push(
        between(this.hours, "hour", hours.from, hours.to)
          .get()
          .then((snapshot) => snapshot.docs.map((doc) => fromRollupDoc(doc.data(), doc.id, "hour"))),
      );
    }
    const sum: RollupCounters = {};
    for (const rollups of await Promise.all(reads)) for (const rollup of rollups) addCounters(sum, rollup.counters);
    return sum;
  }

  /**
   * Minute documents before `before`, and hour documents of the hours that
   * ended by then; an hour `before` falls inside keeps its total until the next purge.
   */
  async purgeRollups({ before }: { before: Date }): Promise<number> {
    const writer = this.db.bulkWriter();
    try {
      const removed = await deleteMatching(writer, this.minutes.where("minute", "<", Timestamp.fromDate(before)));
      await deleteMatching(writer, this.hours.where("hour", "<=", Timestamp.fromMillis(before.getTime() - HOUR_MS)));
      return removed;
    } finally {
      await writer.close();
    }
  }
}
