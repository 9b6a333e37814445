import "server-only";
import type Database from "better-sqlite3";
import { AppError } from "@/lib/errors";
import { checkPageLimit, decodePlanCursor, decodeVersionCursor, encodePlanCursor, encodeVersionCursor, toPage } from "../cursor";
import {
  type PlanChange,
  type PlanRecord,
  PlanRecordSchema,
  type PlanSummary,
  PlanSummarySchema,
  type PlanVersion,
  PlanVersionSchema,
  type PlanVersionSummary,
  PlanVersionSummarySchema,
} from "../records";
import { nextPlanState, normalizePlanRecord, readBack, samePlanRecord, versionOf } from "../store-rules";
import type { Page } from "../types";
import { isConstraintViolation } from "./sqlite-database";

const SUMMARY_COLUMNS = `id, title, version, created_at AS createdAt, updated_at AS updatedAt,
  json_extract(doc, '$.generation.provider') AS provider, json_extract(doc, '$.completeness.complete') AS complete`;
const VERSION_SUMMARY_COLUMNS = "plan_id AS planId, version, title, change, created_at AS createdAt";
const PURGEABLE = "SELECT id FROM plans WHERE deleted_at < ?";

type PlanRow = { doc: string; deleted_at: string | null };
type SummaryRow = Omit<PlanSummary, "complete"> & { complete: number };
type VersionSummaryRow = Omit<PlanVersionSummary, "change"> & { change: string };

/** Plans and their versions in SQLite: one row per plan (the record as JSON plus indexed columns), one per version. */
export class SqlitePlans {
  private readonly statements;

  constructor(private readonly db: Database.Database) {
    this.statements = {
      insertPlan: db.prepare(
        "INSERT INTO plans (id, owner_id, title, version, created_at, updated_at, deleted_at, doc) VALUES (@id, @ownerId, @title, @version, @createdAt, @updatedAt, @deletedAt, @doc)",
      ),
      updatePlan: db.prepare(
        "UPDATE plans SET title = @title, version = @version, updated_at = @updatedAt, doc = @doc WHERE id = @id AND version = @previous",
      ),
      insertVersion: db.prepare(
        "INSERT INTO plan_versions (plan_id, version, title, change, created_at, doc) VALUES (@planId, @version, @title, @change, @createdAt, @doc)",
      ),
      readPlan: db.prepare("SELECT doc, deleted_at FROM plans WHERE id = ?"),
      firstPage: db.prepare(
        `SELECT ${SUMMARY_COLUMNS} FROM plans WHERE owner_id = ? AND deleted_at IS NULL ORDER BY created_at DESC, id DESC LIMIT ?`,
      ),
      nextPage: db.prepare(
        `SELECT ${SUMMARY_COLUMNS} FROM plans WHERE owner_id = ? AND deleted_at IS NULL AND (created_at, id) < (?, ?)
         ORDER BY created_at DESC, id DESC LIMIT ?`,
      ),
      firstVersions: db.prepare(
        `SELECT ${VERSION_SUMMARY_COLUMNS} FROM plan_versions WHERE plan_id = ? ORDER BY version DESC LIMIT ?`,
      ),
      nextVersions: db.prepare(
        `SELECT ${VERSION_SUMMARY_COLUMNS} FROM plan_versions WHERE plan_id = ? AND version < ? ORDER BY version DESC LIMIT ?`,
      ),
      readVersion: db.prepare("SELECT doc FROM plan_versions WHERE plan_id = ? AND version = ?"),
      softDelete: db.prepare("UPDATE plans SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL"),
      restore: db.prepare("UPDATE plans SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL"),
      purgeVersions: db.prepare(`DELETE FROM plan_versions WHERE plan_id IN (${PURGEABLE})`),
      purgeLinks: db.prepare(`DELETE FROM share_links WHERE plan_id IN (${PURGEABLE})`),
      purgePlans: db.prepare("DELETE FROM plans WHERE deleted_at < ?"),
      countAll: db.prepare("SELECT COUNT(*) AS n FROM plans"),
      countSince: db.prepare("SELECT COUNT(*) AS n FROM plans WHERE created_at >= ?"),
    };
  }

  private insertVersion(version: PlanVersion): void {
    this.statements.insertVersion.run({ ...version, change: JSON.stringify(version.change), doc: JSON.stringify(version) });
  }

  /** The stored record; deletedAt lives only in its column, which is what queries filter on. */
  private read(id: string): PlanRecord | null {
    const row = this.statements.readPlan.get(id) as PlanRow | undefined;
    if (!row) return null;
    return readBack(PlanRecordSchema, { ...JSON.parse(row.doc), deletedAt: row.deleted_at }, `plan ${id}`);
  }

  createPlan({ record }: { record: PlanRecord }): void {
    const valid = normalizePlanRecord(record);
    const { deletedAt, ...doc } = valid;
    const save = this.db.transaction(() => {
      this.statements.insertPlan.run({ ...valid, doc: JSON.stringify(doc) });
      this.insertVersion(versionOf(valid, { kind: "generated" }, valid.updatedAt));
    });
    try {
      save.immediate();
    } catch (error) {
      if (!isConstraintViolation(error)) throw error;
      const existing = this.read(valid.id);
      if (existing && samePlanRecord(existing, valid)) return;
      throw new AppError("internal", `A different plan with id ${valid.id} already exists`, { cause: error });
    }
  }

  getPlanById({ id, includeDeleted = false }: { id: string; includeDeleted?: boolean }): PlanRecord | null {
    const record = this.read(id);
    return record && (includeDeleted || record.deletedAt === null) ? record : null;
  }

  listPlansByOwner({ ownerId, limit, cursor }: { ownerId: string; limit: number; cursor?: string }): Page<PlanSummary> {
    const take = checkPageLimit(limit) + 1;
    const after = cursor === undefined ? null : decodePlanCursor(cursor);
    const rows = (
      after
        ? this.statements.nextPage.all(ownerId, after.createdAt, after.id, take)
        : this.statements.firstPage.all(ownerId, take)
    ) as SummaryRow[];
    const items = rows.map((row) => readBack(PlanSummarySchema, { ...row, complete: row.complete === 1 }, `plan ${row.id}`));
    return toPage(items, limit, encodePlanCursor);
  }

  updatePlan(args: {
    id: string;
    change: PlanChange;
    update: (current: PlanRecord) => PlanRecord;
    now: Date;
  }): PlanRecord | null {
    const apply = this.db.transaction((): PlanRecord | null => {
      const current = this.getPlanById({ id: args.id });
      if (!current) return null;
      const { record, version } = nextPlanState({ current, change: args.change, update: args.update, now: args.now });
      const { deletedAt, ...doc } = record;
      this.statements.updatePlan.run({ ...record, previous: current.version, doc: JSON.stringify(doc) });
      this.insertVersion(version);
      return record;
    });
    return apply.immediate();
  }

  listPlanVersions({ planId, limit, cursor }: { planId: string; limit: number; cursor?: string }): Page<PlanVersionSummary> {
    const take = checkPageLimit(limit) + 1;
    const before = cursor === undefined ? null : decodeVersionCursor(cursor);
    const rows = (
      before === null ? this.statements.firstVersions.all(planId, take) : this.statements.nextVersions.all(planId, before, take)
    ) as VersionSummaryRow[];
    const items = rows.map((row) =>
      readBack(PlanVersionSummarySchema, { ...row, change: JSON.parse(row.change) }, `version ${row.version} of plan ${planId}`),
    );
    return toPage(items, limit, (last) => encodeVersionCursor(last.version));
  }

  getPlanVersion({ planId, version }: { planId: string; version: number }): PlanVersion | null {
    const row = this.statements.readVersion.get(planId, version) as { doc: string } | undefined;
    return row ? readBack(PlanVersionSchema, JSON.parse(row.doc), `version ${version} of plan ${planId}`) : null;
  }

  softDeletePlan({ id, at }: { id: string; at: Date }): boolean {
    return this.statements.softDelete.run(at.toISOString(), id).changes === 1;
  }

  restoreDeletedPlan({ id }: { id: string }): boolean {
    return this.statements.restore.run(id).changes === 1;
  }

  purgeDeletedPlans({ before }: { before: Date }): number {
    const cutoff = before.toISOString();
    const purge = this.db.transaction(() => {
      this.statements.purgeVersions.run(cutoff);
      this.statements.purgeLinks.run(cutoff);
      return this.statements.purgePlans.run(cutoff).changes;
    });
    return purge.immediate();
  }

  countPlans({ since }: { since?: Date } = {}): number {
    const row = since ? this.statements.countSince.get(since.toISOString()) : this.statements.countAll.get();
    return (row as { n: number }).n;
  }
}
