import type { PlanRecord } from "@/lib/plans/schema";

/** What the document shows: a saved plan, or the parts of one a share link reveals. */
export type PlanView = Pick<
  PlanRecord,
  "title" | "plan" | "generation" | "completeness" | "provenanceFixes" | "version" | "createdAt" | "stale"
> & { id?: string; language: string | undefined };

export function planView(record: PlanRecord): PlanView {
  return { ...record, language: record.input.language };
}
