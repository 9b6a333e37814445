import "server-only";
import type { Firestore } from "firebase-admin/firestore";
import { readBack } from "../store-rules";
import { checkUptimeDayRange, checkUptimeDays, type UptimeDay, UptimeDaySchema } from "../uptime-days";
import { COLLECTIONS, isAlreadyExists } from "./firestore-db";

/** Writes at once: a first settlement writes up to 90 days of three components. */
const WRITES_AT_ONCE = 30;

/** Daily uptime at `uptimeDays/{day}_{component}`, each created once (a second write of a day is ignored). */
export class FirestoreUptimeDays {
  constructor(private readonly db: Firestore) {}

  async saveUptimeDays({ days }: { days: readonly UptimeDay[] }): Promise<void> {
    const valid = checkUptimeDays(days);
    const collection = this.db.collection(COLLECTIONS.uptimeDays);
    for (let start = 0; start < valid.length; start += WRITES_AT_ONCE) {
      await Promise.all(
        valid.slice(start, start + WRITES_AT_ONCE).map(async (record) => {
          try {
            await collection.doc(`${record.day}_${record.component}`).create(record);
          } catch (error) {
            if (!isAlreadyExists(error)) throw error;
          }
        }),
      );
    }
  }

  async listUptimeDays(range: { fromDay: string; toDay: string }): Promise<UptimeDay[]> {
    const { fromDay, toDay } = checkUptimeDayRange(range);
    if (fromDay > toDay) return [];
    const snapshot = await this.db
      .collection(COLLECTIONS.uptimeDays)
      .where("day", ">=", fromDay)
      .where("day", "<=", toDay)
      .orderBy("day")
      .get();
    return snapshot.docs
      .map((doc) => readBack(UptimeDaySchema, doc.data(), "uptime day"))
      .sort((a, b) => a.day.localeCompare(b.day) || a.component.localeCompare(b.component));
  }
}
