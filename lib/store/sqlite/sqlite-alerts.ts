import "server-only";
import type Database from "better-sqlite3";
import { AppError } from "@/lib/errors";
import {
  type AlertRecord,
  AlertRecordSchema,
  type AlertStatus,
  type MaintenanceWindow,
  MaintenanceWindowSchema,
} from "../alert-records";
import { normalizeAlert, normalizeMaintenanceWindow } from "../alert-rules";
import { readBack } from "../store-rules";
import { isConstraintViolation } from "./sqlite-database";

/** Alert state (compare-and-set on a version column) and ad-hoc maintenance windows. */
export class SqliteAlerts {
  private readonly statements;

  constructor(private readonly db: Database.Database) {
    this.statements = {
      readAlert: db.prepare("SELECT doc FROM alerts WHERE dedup_key = ?"),
      allAlerts: db.prepare("SELECT doc FROM alerts ORDER BY dedup_key"),
      alertsByStatus: db.prepare("SELECT doc FROM alerts WHERE status = ? ORDER BY dedup_key"),
      insertAlert: db.prepare("INSERT INTO alerts (dedup_key, version, status, doc) VALUES (@dedupKey, @version, @status, @doc)"),
      updateAlert: db.prepare(
        "UPDATE alerts SET version = @version, status = @status, doc = @doc WHERE dedup_key = @dedupKey AND version = @expected",
      ),
      insertWindow: db.prepare(
        "INSERT INTO maintenance_windows (id, starts_at, ends_at, doc) VALUES (@id, @startsAt, @endsAt, @doc)",
      ),
      readWindow: db.prepare("SELECT doc FROM maintenance_windows WHERE id = ?"),
      updateWindow: db.prepare("UPDATE maintenance_windows SET doc = @doc WHERE id = @id"),
      overlapping: db.prepare("SELECT doc FROM maintenance_windows WHERE starts_at < ? AND ends_at > ? ORDER BY starts_at, id"),
    };
  }

  private alerts(rows: unknown[]): AlertRecord[] {
    return (rows as { doc: string }[]).map((row) => readBack(AlertRecordSchema, JSON.parse(row.doc), "alert"));
  }

  getAlert({ dedupKey }: { dedupKey: string }): AlertRecord | null {
    return this.alerts([this.statements.readAlert.get(dedupKey)].filter(Boolean))[0] ?? null;
  }

  listAlerts({ status }: { status?: AlertStatus } = {}): AlertRecord[] {
    return this.alerts(status ? this.statements.alertsByStatus.all(status) : this.statements.allAlerts.all());
  }

  saveAlert({ alert, expectedVersion }: { alert: AlertRecord; expectedVersion: number | null }): boolean {
    const valid = normalizeAlert(alert, expectedVersion);
    const row = { dedupKey: valid.dedupKey, version: valid.version, status: valid.status, doc: JSON.stringify(valid) };
    if (expectedVersion !== null) return this.statements.updateAlert.run({ ...row, expected: expectedVersion }).changes === 1;
    try {
      this.statements.insertAlert.run(row);
      return true;
    } catch (error) {
      if (isConstraintViolation(error)) return false;
      throw error;
    }
  }

  private window(doc: string): MaintenanceWindow {
    return readBack(MaintenanceWindowSchema, JSON.parse(doc), "maintenance window");
  }

  createMaintenanceWindow({ window }: { window: MaintenanceWindow }): void {
    const valid = normalizeMaintenanceWindow(window);
    try {
      this.statements.insertWindow.run({
        id: valid.id,
        startsAt: valid.startsAt,
        endsAt: valid.endsAt,
        doc: JSON.stringify(valid),
      });
    } catch (error) {
      if (!isConstraintViolation(error)) throw error;
      throw new AppError("bad_request", `A maintenance window with id ${valid.id} already exists.`, { cause: error });
    }
  }

  listMaintenanceWindows({ from, to }: { from: Date; to: Date }): MaintenanceWindow[] {
    const rows = this.statements.overlapping.all(to.toISOString(), from.toISOString()) as { doc: string }[];
    return rows.map((row) => this.window(row.doc));
  }

  cancelMaintenanceWindow({ id, at }: { id: string; at: Date }): MaintenanceWindow | null {
    const cancel = this.db.transaction((): MaintenanceWindow | null => {
      const row = this.statements.readWindow.get(id) as { doc: string } | undefined;
      if (!row) return null;
      const current = this.window(row.doc);
      if (current.cancelledAt !== null) return current;
      const next = { ...current, cancelledAt: at.toISOString() };
      this.statements.updateWindow.run({ id, doc: JSON.stringify(next) });
      return next;
    });
    return cancel.immediate();
  }
}
