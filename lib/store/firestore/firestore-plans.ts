import "server-only";
import { FieldPath, type Firestore, type Query, type QueryDocumentSnapshot, Timestamp } from "firebase-admin/firestore";
import { AppError } from "@/lib/errors";
import {
  checkPageLimit,
  decodePlanCursor,
  decodeVersionCursor,
  encodePlanCursor,
  encodeVersionCursor,
  type PlanPosition,
  toPage,
} from "../cursor";
import { foldTitle, type PlanListQuery, type PlanSort, searchWords, titleMatches } from "../plan-listing";
import type { PlanChange, PlanRecord, PlanSummary, PlanVersion, PlanVersionSummary } from "../records";
import { isPlanId, nextPlanState, normalizePlanRecord, samePlanRecord, versionOf } from "../store-rules";
import type { Page } from "../types";
import {
  fromPlanDoc,
  fromPlanSummaryDoc,
  fromVersionDoc,
  fromVersionSummaryDoc,
  iso,
  PLAN_SUMMARY_FIELDS,
  toPlanDoc,
  toTimestamp,
  toVersionDoc,
  VERSION_SUMMARY_FIELDS,
} from "./firestore-convert";
import { COLLECTIONS, grpcCode, isAlreadyExists, TRANSACTION_OPTIONS } from "./firestore-db";
import { deletePlansWithEverything } from "./firestore-purge";
import type { KeyedQueue } from "./keyed-queue";

/** The field each order sorts on; ties are broken by document id in the same direction. */
const ORDERS: Record<PlanSort, { field: string; direction: "asc" | "desc" }> = {
  newest: { field: "createdAt", direction: "desc" },
  oldest: { field: "createdAt", direction: "asc" },
  updated: { field: "updatedAt", direction: "desc" },
  title: { field: "titleKey", direction: "asc" },
};
/** Plans read per query while searching, and at most per page (the README explains the bound). */
const SEARCH_BATCH = 100;
const SEARCH_SCAN_LIMIT = 500;
const FAILED_PRECONDITION = 9;

/** Where a listed document stands in the order: its sort field as the cursor keeps it. */
function positionKey(doc: QueryDocumentSnapshot, sort: PlanSort): string {
  const value = doc.get(ORDERS[sort].field);
  return sort === "title" ? String(value) : String(iso(value));
}

/** Plans at `plans/{id}` and their versions at `plans/{id}/versions/{version}`. */
export class FirestorePlans {
  constructor(
    private readonly db: Firestore,
    private readonly queue: KeyedQueue,
  ) {}

  private plan(id: string) {
    return this.db.collection(COLLECTIONS.plans).doc(id);
  }

  private version(planId: string, version: number) {
    return this.plan(planId).collection(COLLECTIONS.versions).doc(String(version));
  }

  async createPlan({ record }: { record: PlanRecord }): Promise<void> {
    const valid = normalizePlanRecord(record);
    const batch = this.db.batch();
    batch.create(this.plan(valid.id), toPlanDoc(valid));
    batch.create(this.version(valid.id, valid.version), toVersionDoc(versionOf(valid, { kind: "generated" }, valid.updatedAt)));
    try {
      await batch.commit();
    } catch (error) {
      if (!isAlreadyExists(error)) throw error;
      const existing = await this.getPlanById({ id: valid.id, includeDeleted: true });
      if (existing && samePlanRecord(existing, valid)) return;
      throw new AppError("conflict", `A different plan with id ${valid.id} already exists`, { cause: error });
    }
  }

  async getPlanById({ id, includeDeleted = false }: { id: string; includeDeleted?: boolean }): Promise<PlanRecord | null> {
    if (!isPlanId(id)) return null;
    const snapshot = await this.plan(id).get();
    const data = snapshot.data();
    if (!data) return null;
    const record = fromPlanDoc(data, id);
    return includeDeleted || record.deletedAt === null ? record : null;
  }

  /** An owner's live plans in one order, summary fields only (see ORDERS and the README). */
  private ownerPlans(ownerId: string, sort: PlanSort): Query {
    const { field, direction } = ORDERS[sort];
    return this.livePlansOf(ownerId)
      .orderBy(field, direction)
      .orderBy(FieldPath.documentId(), direction)
      .select(...PLAN_SUMMARY_FIELDS);
  }

  private livePlansOf(ownerId: string): Query {
    return this.db.collection(COLLECTIONS.plans).where("ownerId", "==", ownerId).where("deletedAt", "==", null);
  }

  /**
   * Ordering by titleKey leaves out documents without it (saved before it
   * existed, or restored since): when counting shows some, they get it first.
   */
  private async backfillTitleKeys(ownerId: string): Promise<void> {
    const live = this.livePlansOf(ownerId);
    const [all, keyed] = await Promise.all([live.count().get(), live.where("titleKey", ">=", "").count().get()]);
    if (all.data().count === keyed.data().count) return;
    const snapshot = await live.select("title", "titleKey").get();
    const missing = snapshot.docs.filter((doc) => typeof doc.get("titleKey") !== "string");
    await Promise.all(
      missing.map((doc) =>
        // Only if untouched since read: a concurrent rename writes the right key itself.
        doc.ref.update({ titleKey: foldTitle(String(doc.get("title"))) }, { lastUpdateTime: doc.updateTime }).catch((error) => {
          if (grpcCode(error) !== FAILED_PRECONDITION) throw error;
        }),
      ),
    );
  }

  /**
   * Firestore cannot search inside strings, so a search reads the owner's plans
   * in the asked order, a batch at a time (summary fields only), and keeps those
   * whose folded title holds every word. One page reads at most SEARCH_SCAN_LIMIT
   * plans: past that it answers with what it found and a cursor to go on from.
   */
  async listPlansByOwner({ ownerId, limit, cursor, query, sort = "newest" }: PlanListQuery): Promise<Page<PlanSummary>> {
    const take = checkPageLimit(limit) + 1;
    const words = searchWords(query);
    let position = cursor === undefined ? null : decodePlanCursor(cursor, { sort, words });
    if (sort === "title" && position === null) await this.backfillTitleKeys(ownerId);
    const ordered = this.ownerPlans(ownerId, sort);
    const batch = words.length === 0 ? take : Math.max(take, SEARCH_BATCH);
    const found: { summary: PlanSummary; position: PlanPosition }[] = [];
    let scanned = 0;
    for (;;) {
      const from = position && (sort === "title" ? position.key : toTimestamp(position.key));
      const snapshot = await (position ? ordered.startAfter(from, position.id) : ordered).limit(batch).get();
      for (const doc of snapshot.docs) {
        scanned++;
        const summary = fromPlanSummaryDoc(doc.data(), doc.id);
        position = { key: positionKey(doc, sort), id: doc.id };
        if (titleMatches(foldTitle(summary.title), words)) found.push({ summary, position });
        if (found.length === take) break;
      }
      const last = position;
      const encode = (at: PlanPosition) => encodePlanCursor({ sort, words, last: at });
      if (found.length === take || snapshot.size < batch || last === null) {
        const page = toPage(found, limit, (item) => encode(item.position));
        return { items: page.items.map((item) => item.summary), nextCursor: page.nextCursor };
      }
      if (scanned >= SEARCH_SCAN_LIMIT) return { items: found.map((item) => item.summary), nextCursor: encode(last) };
    }
  }

  async updatePlan(args: {
    id: string;
    change: PlanChange;
    update: (current: PlanRecord) => PlanRecord;
    now: Date;
  }): Promise<PlanRecord | null> {
    if (!isPlanId(args.id)) return null;
    const ref = this.plan(args.id);
    return this.queue.run(`plan:${args.id}`, () =>
      this.db.runTransaction(async (tx) => {
        const data = (await tx.get(ref)).data();
        if (!data) return null;
        const current = fromPlanDoc(data, args.id);
        if (current.deletedAt !== null) return null;
        const { record, version } = nextPlanState({ current, change: args.change, update: args.update, now: args.now });
        tx.set(ref, toPlanDoc(record));
        tx.create(this.version(record.id, record.version), toVersionDoc(version));
        return record;
      }, TRANSACTION_OPTIONS),
    );
  }

  async listPlanVersions(args: { planId: string; limit: number; cursor?: string }): Promise<Page<PlanVersionSummary>> {
    const { planId, limit, cursor } = args;
    const take = checkPageLimit(limit) + 1;
    if (!isPlanId(planId)) return { items: [], nextCursor: null };
    let query: Query = this.plan(planId).collection(COLLECTIONS.versions).orderBy("version", "desc");
    if (cursor !== undefined) query = query.where("version", "<", decodeVersionCursor(cursor));
    const snapshot = await query
      .select(...VERSION_SUMMARY_FIELDS)
      .limit(take)
      .get();
    const items = snapshot.docs.map((doc) => fromVersionSummaryDoc(doc.data(), `version ${doc.id} of plan ${planId}`));
    return toPage(items, limit, (last) => encodeVersionCursor(last.version));
  }

  async getPlanVersion({ planId, version }: { planId: string; version: number }): Promise<PlanVersion | null> {
    if (!isPlanId(planId) || !Number.isInteger(version) || version < 1) return null;
    const data = (await this.version(planId, version).get()).data();
    return data ? fromVersionDoc(data, `version ${version} of plan ${planId}`) : null;
  }

  /**
   * Sets deletedAt when it is in the state `from` (null = live); false when unknown
   * or not in that state. Deleting also revokes the plan's live share links, in
   * the same transaction: a deleted plan is never left readable through a link.
   */
  private async setDeletedAt(id: string, from: "live" | "deleted", to: Timestamp | null): Promise<boolean> {
    if (!isPlanId(id)) return false;
    const ref = this.plan(id);
    const liveLinks = this.db.collection(COLLECTIONS.shareLinks).where("planId", "==", id).where("revokedAt", "==", null);
    return this.queue.run(`plan:${id}`, () =>
      this.db.runTransaction(async (tx) => {
        const snapshot = await tx.get(ref);
        if (!snapshot.exists) return false;
        const deleted = snapshot.get("deletedAt") !== null;
        if (deleted !== (from === "deleted")) return false;
        // Every read of a transaction comes before its first write.
        const links = to === null ? null : await tx.get(liveLinks);
        tx.update(ref, { deletedAt: to });
        for (const link of links?.docs ?? []) tx.update(link.ref, { revokedAt: to });
        return true;
      }, TRANSACTION_OPTIONS),
    );
  }

  softDeletePlan({ id, at }: { id: string; at: Date }): Promise<boolean> {
    return this.setDeletedAt(id, "live", Timestamp.fromDate(at));
  }

  restoreDeletedPlan({ id }: { id: string }): Promise<boolean> {
    return this.setDeletedAt(id, "deleted", null);
  }

  async purgeDeletedPlans({ before }: { before: Date }): Promise<number> {
    const query = this.db.collection(COLLECTIONS.plans).where("deletedAt", "<", Timestamp.fromDate(before));
    return deletePlansWithEverything(this.db, query);
  }

  async countPlans({ since }: { since?: Date } = {}): Promise<number> {
    const plans = this.db.collection(COLLECTIONS.plans);
    const query = since ? plans.where("createdAt", ">=", Timestamp.fromDate(since)) : plans;
    const snapshot = await query.count().get();
    return snapshot.data().count;
  }
}
