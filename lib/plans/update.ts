import "server-only";
import { checkCompleteness } from "@/ai/post/completeness";
import { AppError } from "@/lib/errors";
import { getStore } from "@/lib/store";
import type { PlanVersion } from "@/lib/store/types";
import type { PlanRecord } from "./schema";

/** Saves a change to a plan as its next version, re-checking completeness. */
export async function update(args: {
  id: string;
  change: PlanVersion["change"];
  apply: (current: PlanRecord) => PlanRecord;
}): Promise<PlanRecord> {
  const now = new Date();
  const updated = await getStore().updatePlan({
    id: args.id,
    change: args.change,
    now,
    update: (current) => {
      const next = args.apply(current);
      return { ...next, completeness: checkCompleteness(next.plan), updatedAt: now.toISOString() };
    },
  });
  if (!updated) throw new AppError("not_found", "No plan with that id.");
  return updated;
}
