import "server-only";
import { AppError } from "@/lib/errors";
import { type AlertRecord, AlertRecordSchema, type MaintenanceWindow, MaintenanceWindowSchema } from "./alert-records";
import { canonicalIso } from "./store-rules";

// Rules both stores follow for alert state, leases and maintenance windows, so they answer alike.

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

export function checkLease(args: { name: string; holder: string; ttlMs: number }): void {
  if (!/^[a-z0-9][a-z0-9_.-]{0,99}$/.test(args.name))
    throw new AppError("bad_request", "A lease name is 1 to 100 lower-case characters.");
  if (args.holder.length < 1 || args.holder.length > 200)
    throw new AppError("bad_request", "A lease holder is 1 to 200 characters.");
  if (!Number.isInteger(args.ttlMs) || args.ttlMs < 1 || args.ttlMs > 86_400_000) {
    throw new AppError("bad_request", "A lease lasts 1 ms to 1 day.");
  }
}

export const byStart = (a: MaintenanceWindow, b: MaintenanceWindow) =>
  a.startsAt.localeCompare(b.startsAt) || a.id.localeCompare(b.id);
