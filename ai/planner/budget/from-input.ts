import type { PlanDraft } from "@/ai/schemas/plan";
import type { PlanInput } from "@/ai/schemas/plan-input";
import { type Modifiers, NO_MODIFIERS } from "../instructions";
import type { BudgetBand, IndustryProfile, Stage } from "../types";
import { bandOf, estimateBudget, roundMoney, toUsd } from "./money";

export interface BudgetInfo {
  amount: number;
  currency: string;
  source: "user" | "estimate";
  band: BudgetBand;
  /** Set when an instruction changed the budget: the previous figure and the percent change. */
  change?: { previous: number; previousSource: "user" | "estimate" | "computed"; percent: number };
}

/**
 * The monthly budget: the owner's if stated (a `user` figure), else a stage estimate.
 * When a section is regenerated, the current plan's total is the starting point, and an
 * instruction such as "cut the budget by 20%" changes it (the result is an estimate).
 */
export function budgetFrom(
  input: PlanInput,
  profile: IndustryProfile,
  stage: Stage,
  currency: string,
  options: { mods?: Modifiers; plan?: PlanDraft },
): BudgetInfo {
  const mods = options.mods ?? NO_MODIFIERS;
  const current = options.plan?.budget.monthlyTotal;
  let amount: number;
  let source: "user" | "estimate";
  if (input.monthlyBudget) {
    amount = input.monthlyBudget.amount;
    source = "user";
  } else {
    amount = estimateBudget(profile, stage, currency);
    source = "estimate";
  }
  let change: BudgetInfo["change"];
  if (current && current.unit === currency && Number.isFinite(current.value)) {
    amount = current.value;
    source = current.value === input.monthlyBudget?.amount ? "user" : "estimate";
    if (mods.budgetFactor !== undefined && mods.budgetPercent !== undefined) {
      change = { previous: current.value, previousSource: current.source, percent: mods.budgetPercent };
      amount = roundMoney(current.value * mods.budgetFactor, currency);
      source = "estimate";
    }
  } else if (mods.budgetFactor !== undefined && mods.budgetPercent !== undefined) {
    change = { previous: amount, previousSource: source, percent: mods.budgetPercent };
    amount = roundMoney(amount * mods.budgetFactor, currency);
    source = "estimate";
  }
  const budget: BudgetInfo = { amount, currency, source, band: bandOf(toUsd(amount, currency)) };
  if (change) budget.change = change;
  return budget;
}
