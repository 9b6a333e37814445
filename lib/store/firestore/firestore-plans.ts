import "server-only";
import { FieldPath, type Firestore, type Query, Timestamp } from "firebase-admin/firestore";
import { AppError } from "@/lib/errors";
import { checkPageLimit, decodePlanCursor, decodeVersionCursor, encodePlanCursor, encodeVersionCursor, toPage } from "../cursor";
import type { PlanChange, PlanRecord, PlanSummary, PlanVersion, PlanVersionSummary } from "../records";
import { isPlanId, nextPlanState, normalizePlanRecord, samePlanRecord, versionOf } from "../store-rules";
import type { Page } from "../types";
import {
  fromPlanDoc,
  fromPlanSummaryDoc,
  fromVersionDoc,
  fromVersionSummaryDoc,
  PLAN_SUMMARY_FIELDS,
  toPlanDoc,
  toTimestamp,
  toVersionDoc,
  VERSION_SUMMARY_FIELDS,
} from "./firestore-convert";
import { COLLECTIONS, isAlreadyExists, TRANSACTION_OPTIONS } from "./firestore-db";
import { deletePlansWithEverything } from "./firestore-purge";
import type { KeyedQueue } from "./keyed-queue";

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
      throw new AppError("internal", `A different plan with id ${valid.id} already exists`, { cause: error });
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

  async listPlansByOwner({
    ownerId,
    limit,
    cursor,
  }: {
    ownerId: string;
    limit: number;
    cursor?: string;
  }): Promise<Page<PlanSummary>> {
    const take = checkPageLimit(limit) + 1;
    let query: Query = this.db
      .collection(COLLECTIONS.plans)
      .where("ownerId", "==", ownerId)
      .where("deletedAt", "==", null)
      .orderBy("createdAt", "desc")
      .orderBy(FieldPath.documentId(), "desc")
      .select(...PLAN_SUMMARY_FIELDS);
    if (cursor !== undefined) {
      const after = decodePlanCursor(cursor);
      query = query.startAfter(toTimestamp(after.createdAt), after.id);
    }
    const snapshot = await query.limit(take).get();
    const items = snapshot.docs.map((doc) => fromPlanSummaryDoc(doc.data(), doc.id));
    return toPage(items, limit, encodePlanCursor);
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

  /** Sets deletedAt when it is in the state `from` (null = live); false when unknown or not in that state. */
  private async setDeletedAt(id: string, from: "live" | "deleted", to: Timestamp | null): Promise<boolean> {
    if (!isPlanId(id)) return false;
    const ref = this.plan(id);
    return this.queue.run(`plan:${id}`, () =>
      this.db.runTransaction(async (tx) => {
        const snapshot = await tx.get(ref);
        if (!snapshot.exists) return false;
        const deleted = snapshot.get("deletedAt") !== null;
        if (deleted !== (from === "deleted")) return false;
        tx.update(ref, { deletedAt: to });
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
