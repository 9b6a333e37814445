import "server-only";
import type Database from "better-sqlite3";
import { AppError } from "@/lib/errors";
import { checkPageLimit, decodePlanCursor, decodeVersionCursor, encodePlanCursor, encodeVersionCursor, toPage } from "../cursor";
import { foldTitle, type PlanListQuery, type PlanSort, searchWords } from "../plan-listing";
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
/** The column each order sorts on; ties are broken by id in the same direction. */
const ORDERS: Record<PlanSort, { column: string; direction: "ASC" | "DESC" }> = {
  newest: { column: "created_at", direction: "DESC" },
  oldest: { column: "created_at", direction: "ASC" },
  updated: { column: "updated_at", direction: "DESC" },
  title: { column: "title_key", direction: "ASC" },
};
const PURGEABLE = "SELECT id FROM plans WHERE deleted_at < ?";

type PlanRow = { doc: string; deleted_at: string | null };
type SummaryRow = Omit<PlanSummary, "complete"> & { complete: number; sortKey: string };
type VersionSummaryRow = Omit<PlanVersionSummary, "change"> & { change: string };

/** Plans and their versions in SQLite: one row per plan (the record as JSON plus indexed columns), one per version. */
export class SqlitePlans {
  private readonly statements;

  constructor(private readonly db: Database.Database) {
    this.statements = {
      insertPlan: db.prepare(
        "INSERT INTO plans (id, owner_id, title, title_key, version, created_at, updated_at, deleted_at, doc) VALUES (@id, @ownerId, @title, @titleKey, @version, @createdAt, @updatedAt, @deletedAt, @doc)",
      ),
      updatePlan: db.prepare(
        "UPDATE plans SET title = @title, title_key = @titleKey, version = @version, updated_at = @updatedAt, doc = @doc WHERE id = @id AND version = @previous",
      ),
      insertVersion: db.prepare(
        "INSERT INTO plan_versions (plan_id, version, title, change, created_at, doc) VALUES (@planId, @version, @title, @change, @createdAt, @doc)",
      ),
      readPlan: db.prepare("SELECT doc, deleted_at FROM plans WHERE id = ?"),
      firstVersions: db.prepare(
        `SELECT ${VERSION_SUMMARY_COLUMNS} FROM plan_versions WHERE plan_id = ? ORDER BY version DESC LIMIT ?`,
      ),
      nextVersions: db.prepare(
        `SELECT ${VERSION_SUMMARY_COLUMNS} FROM plan_versions WHERE plan_id = ? AND version < ? ORDER BY version DESC LIMIT ?`,
      ),
      readVersion: db.prepare("SELECT doc FROM plan_versions WHERE plan_id = ? AND version = ?"),
      softDelete: db.prepare("UPDATE plans SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL"),
      revokeLinks: db.prepare("UPDATE share_links SET revoked_at = ? WHERE plan_id = ? AND revoked_at IS NULL"),
      restore: db.prepare("UPDATE plans SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL"),
      purgeVersions: db.prepare(`DELETE FROM plan_versions WHERE plan_id IN (${PURGEABLE})`),
      purgeLinks: db.prepare(`DELETE FROM share_links WHERE plan_id IN (${PURGEABLE})`),
      purgePlans: db.prepare("DELETE FROM plans WHERE deleted_at < ?"),
      countAll: db.prepare("SELECT COUNT(*) AS n FROM plans"),
      countSince: db.prepare("SELECT COUNT(*) AS n FROM plans WHERE created_at >= ?"),
    };
    this.backfillTitleKeys();
  }

  /** Listing statements, one per shape (order, cursor or not, number of search words). */
  private readonly listings = new Map<string, Database.Statement>();

  /** Titles saved before migration 4 (or by an older version of the app since) get their folded form. */
  private backfillTitleKeys(): void {
    const missing = this.db.prepare("SELECT id, title FROM plans WHERE title_key IS NULL").all() as {
      id: string;
      title: string;
    }[];
    if (missing.length === 0) return;
    const set = this.db.prepare("UPDATE plans SET title_key = ? WHERE id = ?");
    this.db
      .transaction(() => {
        for (const row of missing) set.run(foldTitle(row.title), row.id);
      })
      .immediate();
  }

  private listing(sort: PlanSort, after: boolean, words: number): Database.Statement {
    const shape = `${sort}:${after}:${words}`;
    let statement = this.listings.get(shape);
    if (!statement) {
      const { column, direction } = ORDERS[sort];
      const conditions = ["owner_id = @ownerId", "deleted_at IS NULL"];
      if (after) conditions.push(`(${column}, id) ${direction === "DESC" ? "<" : ">"} (@afterKey, @afterId)`);
      for (let i = 0; i < words; i++) conditions.push(`instr(title_key, @w${i}) > 0`);
      statement = this.db.prepare(
        `SELECT ${SUMMARY_COLUMNS}, ${column} AS sortKey FROM plans WHERE ${conditions.join(" AND ")}
         ORDER BY ${column} ${direction}, id ${direction} LIMIT @take`,
      );
      this.listings.set(shape, statement);
    }
    return statement;
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
      this.statements.insertPlan.run({ ...valid, titleKey: foldTitle(valid.title), doc: JSON.stringify(doc) });
      this.insertVersion(versionOf(valid, { kind: "generated" }, valid.updatedAt));
    });
    try {
      save.immediate();
    } catch (error) {
      if (!isConstraintViolation(error)) throw error;
      const existing = this.read(valid.id);
      if (existing && samePlanRecord(existing, valid)) return;
      throw new AppError("conflict", `A different plan with id ${valid.id} already exists`, { cause: error });
    }
  }

  getPlanById({ id, includeDeleted = false }: { id: string; includeDeleted?: boolean }): PlanRecord | null {
    const record = this.read(id);
    return record && (includeDeleted || record.deletedAt === null) ? record : null;
  }

  listPlansByOwner({ ownerId, limit, cursor, query, sort = "newest" }: PlanListQuery): Page<PlanSummary> {
    const take = checkPageLimit(limit) + 1;
    const words = searchWords(query);
    const after = cursor === undefined ? null : decodePlanCursor(cursor, { sort, words });
    const params: Record<string, string | number> = { ownerId, take };
    if (after) Object.assign(params, { afterKey: after.key, afterId: after.id });
    words.forEach((word, i) => {
      params[`w${i}`] = word;
    });
    const rows = this.listing(sort, after !== null, words.length).all(params) as SummaryRow[];
    const page = toPage(rows, limit, (last) => encodePlanCursor({ sort, words, last: { key: last.sortKey, id: last.id } }));
    return {
      items: page.items.map(({ sortKey, ...row }) =>
        readBack(PlanSummarySchema, { ...row, complete: row.complete === 1 }, `plan ${row.id}`),
      ),
      nextCursor: page.nextCursor,
    };
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
      this.statements.updatePlan.run({
        ...record,
        titleKey: foldTitle(record.title),
        previous: current.version,
        doc: JSON.stringify(doc),
      });
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

  /** Deletes softly and revokes the plan's live share links, in one transaction. */
  softDeletePlan({ id, at }: { id: string; at: Date }): boolean {
    const remove = this.db.transaction(() => {
      if (this.statements.softDelete.run(at.toISOString(), id).changes !== 1) return false;
      this.statements.revokeLinks.run(at.toISOString(), id);
      return true;
    });
    return remove.immediate();
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
