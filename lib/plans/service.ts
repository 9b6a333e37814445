import "server-only";
import { randomBytes } from "node:crypto";
import type { GenerationResult } from "@/ai/schemas/generation";
import type { PlanInput } from "@/ai/schemas/plan-input";
import { AppError } from "@/lib/errors";
import { getStore } from "@/lib/store";
import type { Page, PlanSort, PlanSummary } from "@/lib/store/types";
import { PlanIdSchema, type PlanRecord } from "./schema";

/** How long a deleted plan can be restored before `purgeDeletedPlans` removes it. */
export const UNDO_DELETE_DAYS = 30;

export function newPlanId(): string {
  return randomBytes(16).toString("base64url");
}

/** Refuses a malformed id with 400, before any lookup. */
export function assertPlanId(id: string): void {
  if (!PlanIdSchema.safeParse(id).success) {
    throw new AppError("bad_request", "That plan id is malformed: plan ids are 22 characters of A-Z, a-z, 0-9, - or _.");
  }
}

/**
 * A plan its owner may see: null when the id is malformed or unknown, the plan
 * is deleted, or it belongs to someone else (so a 404 gives no hint it exists).
 */
export async function getOwnPlan({ id, userId }: { id: string; userId: string | null }): Promise<PlanRecord | null> {
  if (!userId || !PlanIdSchema.safeParse(id).success) return null;
  const record = await getStore().getPlanById({ id });
  return record && record.ownerId === userId ? record : null;
}

/** Like getOwnPlan, but 404 when there is nothing the caller may see. */
export async function requireOwnPlan(args: { id: string; userId: string }): Promise<PlanRecord> {
  assertPlanId(args.id);
  const record = await getOwnPlan(args);
  if (!record) throw new AppError("not_found", "No plan with that id.");
  return record;
}

/** The caller's plans in the asked order, only those whose title holds every word of `query`. */
export async function listOwnPlans(args: {
  userId: string;
  limit: number;
  cursor?: string;
  query?: string;
  sort?: PlanSort;
}): Promise<Page<PlanSummary>> {
  const { userId, ...rest } = args;
  return getStore().listPlansByOwner({ ownerId: userId, ...rest });
}

/** The record of a freshly generated plan, version 1, not yet saved. */
export function newPlanRecord({
  input,
  result,
  ownerId,
}: {
  input: PlanInput;
  result: GenerationResult;
  ownerId: string | null;
}): PlanRecord {
  const now = new Date().toISOString();
  return {
    id: newPlanId(),
    ownerId,
    title: result.plan.title,
    input,
    plan: result.plan,
    generation: result.generation,
    completeness: result.completeness,
    provenanceFixes: result.provenanceFixes,
    version: 1,
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
  };
}

/** Soft delete: the plan disappears at once and can be restored for UNDO_DELETE_DAYS days. */
export async function deleteOwnPlan(args: { id: string; userId: string }): Promise<void> {
  await requireOwnPlan(args);
  // One transaction: a crash between the two can no longer leave a deleted plan readable through its links.
  await getStore().softDeletePlan({ id: args.id, at: new Date() });
}

/** Undoes a delete within the undo window. */
export async function restoreOwnPlan(args: { id: string; userId: string }): Promise<PlanRecord> {
  assertPlanId(args.id);
  const record = await getStore().getPlanById({ id: args.id, includeDeleted: true });
  if (!record || record.ownerId !== args.userId || !record.deletedAt)
    throw new AppError("not_found", "No deleted plan with that id.");
  await getStore().restoreDeletedPlan({ id: args.id });
  return requireOwnPlan(args);
}
