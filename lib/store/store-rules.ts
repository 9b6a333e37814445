import "server-only";
import type { z } from "zod";
import { AppError } from "@/lib/errors";
import { PlanIdSchema } from "@/lib/plans/schema";
import { type BackupHeartbeat, BackupHeartbeatSchema } from "./backup-heartbeat";
import {
  type PlanChange,
  PlanChangeSchema,
  type PlanRecord,
  PlanRecordSchema,
  type PlanVersion,
  type ShareLink,
  ShareLinkSchema,
} from "./records";

// Rules both stores follow, so they answer alike.

/** Ids that cannot name a plan name no plan: stores answer "unknown" rather than fail. */
export function isPlanId(id: string): boolean {
  return PlanIdSchema.safeParse(id).success;
}

/**
 * User ids must be usable as a Firestore document id (no "/", not "." or "..",
 * not `__…__`) in both stores, so data can move between them.
 */
export function isStorableUserId(id: string): boolean {
  return id.length >= 1 && id.length <= 128 && !id.includes("/") && id !== "." && id !== ".." && !/^__.*__$/.test(id);
}

export function checkUserId(id: string): string {
  if (!isStorableUserId(id)) throw new AppError("bad_request", 'A user id must be 1 to 128 characters without "/".');
  return id;
}

/**
 * Both stores keep timestamps in one canonical form (`Date#toISOString`, UTC,
 * milliseconds) so they sort as text in SQLite and round-trip through Firestore
 * Timestamps unchanged. `…T10:00:00Z` is read back as `…T10:00:00.000Z`.
 */
export function canonicalIso(iso: string): string {
  return new Date(iso).toISOString();
}

/** The UTC calendar day of a moment, `yyyy-mm-dd`. */
export function utcDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** Parses what a store read back; a mismatch is a bug or a corrupt row, never the caller's fault. */
export function readBack<T>(schema: z.ZodType<T, z.ZodTypeDef, unknown>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new AppError("internal", `Stored ${what} does not match its schema`, { cause: parsed.error });
  return parsed.data;
}

/** A plan as the stores keep it: validated, timestamps canonical. */
export function normalizePlanRecord(record: PlanRecord): PlanRecord {
  const parsed = PlanRecordSchema.safeParse(record);
  if (!parsed.success) throw AppError.fromZod(parsed.error, "The plan");
  const valid = parsed.data;
  return {
    ...valid,
    createdAt: canonicalIso(valid.createdAt),
    updatedAt: canonicalIso(valid.updatedAt),
    deletedAt: valid.deletedAt === null ? null : canonicalIso(valid.deletedAt),
  };
}

/** Whether two plans read from or given to a store are the same (a retried createPlan is not a conflict). */
export function samePlanRecord(a: PlanRecord, b: PlanRecord): boolean {
  return JSON.stringify(normalizePlanRecord(a)) === JSON.stringify(normalizePlanRecord(b));
}

/** A share link as the stores keep it: validated, timestamps canonical. */
export function normalizeShareLink(link: ShareLink): ShareLink {
  const parsed = ShareLinkSchema.safeParse(link);
  if (!parsed.success) throw AppError.fromZod(parsed.error, "The share link");
  const valid = parsed.data;
  return {
    ...valid,
    createdAt: canonicalIso(valid.createdAt),
    revokedAt: valid.revokedAt === null ? null : canonicalIso(valid.revokedAt),
  };
}

/** Only generated and regenerated versions come from a model call: the plan's, or the regeneration's own. */
function generationOf(record: PlanRecord, change: PlanChange): PlanVersion["generation"] {
  if (change.kind === "generated") return record.generation;
  return change.kind === "section_regenerated" ? change.generation : null;
}

/** The version row that records `record` as it is now. */
export function versionOf(record: PlanRecord, change: PlanChange, createdAt: string): PlanVersion {
  return {
    planId: record.id,
    version: record.version,
    title: record.title,
    plan: record.plan,
    completeness: record.completeness,
    change,
    generation: generationOf(record, change),
    createdAt,
  };
}

/**
 * The next state of a plan after `update`, and the version that records it.
 * The store owns identity and bookkeeping: id, owner, createdAt and deletedAt
 * stay as they were, version is the current one plus one, updatedAt is `now`.
 */
export function nextPlanState(args: {
  current: PlanRecord;
  change: PlanChange;
  update: (current: PlanRecord) => PlanRecord;
  now: Date;
}): { record: PlanRecord; version: PlanVersion } {
  const { current, update, now } = args;
  const change = PlanChangeSchema.parse(args.change);
  const proposed = update(structuredClone(current));
  const at = now.toISOString();
  const record = normalizePlanRecord({
    ...proposed,
    id: current.id,
    ownerId: current.ownerId,
    createdAt: current.createdAt,
    deletedAt: current.deletedAt,
    version: current.version + 1,
    updatedAt: at,
  });
  return { record, version: versionOf(record, change, at) };
}

/** A backup heartbeat as the stores keep it: validated, its time canonical (bad_request otherwise). */
export function normalizeBackupHeartbeat(heartbeat: BackupHeartbeat): BackupHeartbeat {
  const parsed = BackupHeartbeatSchema.safeParse(heartbeat);
  if (!parsed.success) throw AppError.fromZod(parsed.error, "The backup heartbeat");
  return { ...parsed.data, at: new Date(parsed.data.at).toISOString() };
}
