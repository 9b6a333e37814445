import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { PlanDraft } from "@/ai/schemas/plan";
import { computeBudget } from "./budget";
import { minorUnitDigits } from "./money";

function draftWith(shares: number[], total = 1000, unit = "USD"): Pick<PlanDraft, "budget" | "channels"> {
  return {
    budget: { monthlyTotal: { value: total, unit, source: "estimate" }, rationale: "r" },
    channels: shares.map((share, index) => ({
      name: `Channel ${index}`,
      tier: "proven" as const,
      purpose: "p",
      funnelStage: "awareness" as const,
      tactics: ["t"],
      budgetSharePercent: share,
      kpi: "k",
      target: { value: 1, unit: "leads", source: "estimate" as const },
    })),
  };
}

const sumMinor = (values: number[], currency: string) =>
  values.reduce((sum, value) => sum + Math.round(value * 10 ** minorUnitDigits(currency)), 0);

describe("computeBudget", () => {
  it("uses the stated total, labels it user, and computes amounts that add up to it exactly", () => {
    const budget = computeBudget({
      draft: draftWith([50, 30, 20], 999),
      input: { businessDescription: "x".repeat(20), monthlyBudget: { amount: 2500, currency: "EUR" } },
      useStatedTotal: true,
    });
    expect(budget.monthlyTotal).toMatchObject({ value: 2500, unit: "EUR", source: "user" });
    expect(budget.allocations.map((a) => a.amount.value)).toEqual([1250, 750, 500]);
    expect(budget.allocations.every((a) => a.amount.source === "computed")).toBe(true);
  });

  it("sums exactly for any shares, total and currency", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 3, maxLength: 8 }),
        fc.double({ min: 0, max: 1e8, noNaN: true }),
        fc.constantFrom("USD", "JPY", "KWD", "EUR"),
        (shares, amount, currency) => {
          const budget = computeBudget({
            draft: draftWith(shares),
            input: { businessDescription: "x".repeat(20), monthlyBudget: { amount, currency } },
            useStatedTotal: true,
          });
          const amounts = budget.allocations.map((a) => a.amount.value);
          expect(amounts.every((value) => value >= 0)).toBe(true);
          expect(sumMinor(amounts, currency)).toBe(sumMinor([budget.monthlyTotal.value], currency));
        },
      ),
      { numRuns: 500 },
    );
  });

  it("keeps the model's estimate when no budget was stated and normalises shares to 100", () => {
    const budget = computeBudget({
      draft: draftWith([60, 30], 800, "gbp"),
      input: { businessDescription: "x".repeat(20) },
      useStatedTotal: true,
    });
    expect(budget.currency).toBe("GBP");
    expect(budget.monthlyTotal.source).toBe("estimate");
    expect(budget.allocations.map((a) => a.sharePercent)).toEqual([66.67, 33.33]);
    expect(
      sumMinor(
        budget.allocations.map((a) => a.amount.value),
        "GBP",
      ),
    ).toBe(80000);
  });
});
