import "server-only";
import { randomBytes } from "node:crypto";
import type { GenerationResult } from "@/ai/schemas/generation";
import type { PlanInput } from "@/ai/schemas/plan-input";
import { getStore } from "@/lib/store";
import { PlanIdSchema, type PlanRecord } from "./schema";

export function newPlanId(): string {
  return randomBytes(16).toString("base64url");
}

/** A saved plan, or null when the id is malformed or unknown. */
export async function getPlan({ id }: { id: string }): Promise<PlanRecord | null> {
  if (!PlanIdSchema.safeParse(id).success) return null;
  return getStore().getPlanById({ id });
}

/** Saves a freshly generated plan as version 1 and returns the record. */
export async function savePlan({
  input,
  result,
  ownerId,
}: {
  input: PlanInput;
  result: GenerationResult;
  ownerId: string | null;
}): Promise<PlanRecord> {
  const now = new Date().toISOString();
  const record: PlanRecord = {
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
  };
  await getStore().createPlan({ record });
  return record;
}
