import "server-only";
import type { Firestore } from "firebase-admin/firestore";
import { AppError } from "@/lib/errors";
import {
  type AlertRecord,
  AlertRecordSchema,
  type AlertStatus,
  type MaintenanceWindow,
  MaintenanceWindowSchema,
} from "../alert-records";
import { byStart, normalizeAlert, normalizeMaintenanceWindow } from "../alert-rules";
import { readBack } from "../store-rules";
import { COLLECTIONS, isAlreadyExists, TRANSACTION_OPTIONS } from "./firestore-db";

/**
 * Alerts at `alerts/{dedupKey}` (the AlertRecord, ISO strings); ad-hoc maintenance
 * windows at `maintenanceWindows/{id}` (ISO strings, which sort as time).
 * Every change is a transaction that reads before it writes: compare-and-set.
 */
export class FirestoreAlerts {
  constructor(private readonly db: Firestore) {}

  private alert(dedupKey: string) {
    return this.db.collection(COLLECTIONS.alerts).doc(encodeURIComponent(dedupKey));
  }

  async getAlert({ dedupKey }: { dedupKey: string }): Promise<AlertRecord | null> {
    const data = (await this.alert(dedupKey).get()).data();
    return data ? readBack(AlertRecordSchema, data, `alert ${dedupKey}`) : null;
  }

  async listAlerts({ status }: { status?: AlertStatus } = {}): Promise<AlertRecord[]> {
    const collection = this.db.collection(COLLECTIONS.alerts);
    const snapshot = await (status ? collection.where("status", "==", status) : collection).get();
    return snapshot.docs
      .map((doc) => readBack(AlertRecordSchema, doc.data(), "alert"))
      .sort((a, b) => a.dedupKey.localeCompare(b.dedupKey));
  }

  async saveAlert({ alert, expectedVersion }: { alert: AlertRecord; expectedVersion: number | null }): Promise<boolean> {
    const valid = normalizeAlert(alert, expectedVersion);
    const ref = this.alert(valid.dedupKey);
    return this.db.runTransaction(async (tx) => {
      const data = (await tx.get(ref)).data();
      const stored = data ? (data.version as unknown) : null;
      if ((stored ?? null) !== expectedVersion) return false;
      tx.set(ref, valid);
      return true;
    }, TRANSACTION_OPTIONS);
  }

  private window(id: string) {
    return this.db.collection(COLLECTIONS.maintenanceWindows).doc(id);
  }

  async createMaintenanceWindow({ window }: { window: MaintenanceWindow }): Promise<void> {
    const valid = normalizeMaintenanceWindow(window);
    try {
      await this.window(valid.id).create(valid);
    } catch (error) {
      if (!isAlreadyExists(error)) throw error;
      throw new AppError("bad_request", `A maintenance window with id ${valid.id} already exists.`, { cause: error });
    }
  }

  /** One range query on the end; the start bound is applied here (windows are few). */
  async listMaintenanceWindows({ from, to }: { from: Date; to: Date }): Promise<MaintenanceWindow[]> {
    const snapshot = await this.db.collection(COLLECTIONS.maintenanceWindows).where("endsAt", ">", from.toISOString()).get();
    return snapshot.docs
      .map((doc) => readBack(MaintenanceWindowSchema, doc.data(), "maintenance window"))
      .filter((window) => window.startsAt < to.toISOString())
      .sort(byStart);
  }

  async cancelMaintenanceWindow({ id, at }: { id: string; at: Date }): Promise<MaintenanceWindow | null> {
    if (!/^[A-Za-z0-9_-]{1,128}$/.test(id)) return null;
    const ref = this.window(id);
    return this.db.runTransaction(async (tx) => {
      const data = (await tx.get(ref)).data();
      if (!data) return null;
      const current = readBack(MaintenanceWindowSchema, data, `maintenance window ${id}`);
      if (current.cancelledAt !== null) return current;
      const next = { ...current, cancelledAt: at.toISOString() };
      tx.set(ref, next);
      return next;
    }, TRANSACTION_OPTIONS);
  }
}
