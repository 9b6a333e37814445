import "server-only";
import { AppError } from "@/lib/errors";
import { type AlertRecord, AlertRecordSchema, type MaintenanceWindow, MaintenanceWindowSchema } from "./alert-records";
import { canonicalIso } from "./store-rules";

// Rules both stores follow for alert state and maintenance windows, so they answer alike.

const isoOrNull = (value: string | null) => (value === null ? null : canonicalIso(value));

/** An alert as the stores keep it: validated, timestamps canonical, version set to the one being written. */
export function normalizeAlert(alert: AlertRecord, expectedVersion: number | null): AlertRecord {
  const parsed = AlertRecordSchema.safeParse({ ...alert, version: (expectedVersion ?? 0) + 1 });
  if (!parsed.success) throw AppError.fromZod(parsed.error, "The alert");
  const valid = parsed.data;
  return {
    ...valid,
    firedAt: canonicalIso(valid.firedAt),
    resolvedAt: isoOrNull(valid.resolvedAt),
    notifiedAt: isoOrNull(valid.notifiedAt),
    acknowledgedAt: isoOrNull(valid.acknowledgedAt),
  };
}

export function normalizeMaintenanceWindow(window: MaintenanceWindow): MaintenanceWindow {
  const parsed = MaintenanceWindowSchema.safeParse(window);
  if (!parsed.success) throw AppError.fromZod(parsed.error, "The maintenance window");
  const valid = parsed.data;
  return {
    ...valid,
    startsAt: canonicalIso(valid.startsAt),
    endsAt: canonicalIso(valid.endsAt),
    createdAt: canonicalIso(valid.createdAt),
    cancelledAt: isoOrNull(valid.cancelledAt),
  };
}

export const byStart = (a: MaintenanceWindow, b: MaintenanceWindow) =>
  a.startsAt.localeCompare(b.startsAt) || a.id.localeCompare(b.id);
