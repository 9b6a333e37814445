import type { PlanRecord } from "@/lib/plans/schema";

/**
 * What an export needs: the plan and its metadata, nothing about the owner.
 * Both a saved record (through `exportableFromRecord`) and a shared plan fit.
 */
export type ExportablePlan = Pick<PlanRecord, "plan" | "generation" | "completeness" | "version" | "createdAt" | "updatedAt"> & {
  language: string | undefined;
  /** The plan id when the owner exports; a share link does not reveal it. */
  id?: string;
};

export function exportableFromRecord(record: PlanRecord): ExportablePlan {
  const { id, plan, generation, completeness, version, createdAt, updatedAt } = record;
  return { id, plan, generation, completeness, version, createdAt, updatedAt, language: record.input.language };
}
