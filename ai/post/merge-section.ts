import type { Plan, PlanDraft, SectionKey } from "@/ai/schemas/plan";
import type { PlanInput } from "@/ai/schemas/plan-input";
import { computeBudget } from "./budget";

/**
 * A plan with one section replaced. Budget amounts are recomputed whenever the
 * budget or the channels change, so they always add up to the total.
 */
export function mergeSection<K extends SectionKey>(args: {
  plan: Plan;
  section: K;
  value: PlanDraft[K];
  input: PlanInput;
}): Plan {
  const { plan, section, value, input } = args;
  const draft: PlanDraft = { ...plan, [section]: value } as PlanDraft;
  if (section !== "budget" && section !== "channels") return { ...plan, [section]: value } as Plan;
  const budgetDraft =
    section === "budget"
      ? (value as PlanDraft["budget"])
      : { monthlyTotal: plan.budget.monthlyTotal, rationale: plan.budget.rationale };
  return { ...draft, budget: computeBudget({ draft: { ...draft, budget: budgetDraft }, input, useStatedTotal: false }) };
}
