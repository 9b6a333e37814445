import type { Budget, Figure, PlanDraft } from "@/ai/schemas/plan";
import type { PlanInput } from "@/ai/schemas/plan-input";
import { allocateMinorUnits, fromMinorUnits, isKnownCurrency, toMinorUnits } from "./money";

const FALLBACK_CURRENCY = "USD";

function formatMoney(value: number, currency: string): string {
  return new Intl.NumberFormat("en", { style: "currency", currency }).format(value);
}

/**
 * Turns the model's budget (a total and per-channel shares) into amounts computed
 * here, in the currency's minor units, that add up exactly to the total.
 * With `useStatedTotal`, the owner's stated monthly budget wins over the model's figure.
 */
export function computeBudget(args: {
  draft: Pick<PlanDraft, "budget" | "channels">;
  input: PlanInput;
  useStatedTotal: boolean;
}): Budget {
  const { draft, input, useStatedTotal } = args;
  const stated = input.monthlyBudget;
  const modelUnit = draft.budget.monthlyTotal.unit.trim().toUpperCase();
  const currency = stated?.currency ?? (isKnownCurrency(modelUnit) ? modelUnit : FALLBACK_CURRENCY);

  const total: Figure =
    useStatedTotal && stated
      ? { value: stated.amount, unit: currency, source: "user", basis: "Monthly budget you stated" }
      : { ...draft.budget.monthlyTotal, unit: currency, value: Math.max(0, draft.budget.monthlyTotal.value) };
  const totalMinor = toMinorUnits(total.value, currency);
  total.value = fromMinorUnits(totalMinor, currency);

  const weights = draft.channels.map((channel) => Math.max(0, channel.budgetSharePercent));
  const weightSum = weights.reduce((a, b) => a + b, 0);
  const amounts = allocateMinorUnits(totalMinor, weights);

  const allocations = draft.channels.map((channel, index) => {
    const sharePercent =
      weightSum > 0 ? Number((((weights[index] ?? 0) / weightSum) * 100).toFixed(2)) : Number((100 / weights.length).toFixed(2));
    return {
      channel: channel.name,
      tier: channel.tier,
      sharePercent,
      amount: {
        value: fromMinorUnits(amounts[index] ?? 0, currency),
        unit: currency,
        source: "computed" as const,
        basis: `${sharePercent}% of ${formatMoney(total.value, currency)} a month`,
      },
    };
  });

  return { ...draft.budget, monthlyTotal: total, currency, allocations };
}
