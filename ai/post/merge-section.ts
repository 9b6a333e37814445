import type { Plan, PlanDraft, SectionKey } from "@/ai/schemas/plan";
import type { PlanInput } from "@/ai/schemas/plan-input";
import { computeBudget } from "./budget";

/**
 * An owner who types a new monthly total states it: it becomes their figure.
 * An unchanged total keeps the source it had (the owner's, or the model's estimate).
 */
function ownTotal(current: Plan["budget"], edited: PlanDraft["budget"]): PlanDraft["budget"] {
  const before = current.monthlyTotal;
  const after = edited.monthlyTotal;
  if (after.value === before.value && after.unit.toUpperCase() === before.unit.toUpperCase()) {
    return { ...edited, monthlyTotal: { ...after, source: before.source, basis: after.basis ?? before.basis } };
  }
  return { ...edited, monthlyTotal: { ...after, source: "user", basis: "Monthly budget you set" } };
}

/**
 * A plan with one section replaced. Budget amounts are recomputed whenever the
 * budget or the channels change, so they always add up to the total. Channel
 * shares must already total 100 (the caller refuses or normalises first), so
 * the budget's shares are the channels' shares, never a silent rescale of them.
 */
export function mergeSection<K extends SectionKey>(args: {
  plan: Plan;
  section: K;
  value: PlanDraft[K];
  input: PlanInput;
  /** The owner typed this value (an edit), rather than the model writing it. */
  byOwner?: boolean;
}): Plan {
  const { plan, section, value, input, byOwner = false } = args;
  if (section !== "budget" && section !== "channels") return { ...plan, [section]: value } as Plan;
  const draft: PlanDraft = { ...plan, [section]: value } as PlanDraft;
  const budgetDraft =
    section === "budget"
      ? byOwner
        ? ownTotal(plan.budget, value as PlanDraft["budget"])
        : (value as PlanDraft["budget"])
      : { monthlyTotal: plan.budget.monthlyTotal, rationale: plan.budget.rationale };
  return { ...draft, budget: computeBudget({ draft: { ...draft, budget: budgetDraft }, input, useStatedTotal: false }) };
}
