import { describe, expect, it } from "vitest";
import { PlanInputSchema } from "@/ai/schemas/plan-input";
import { fromUsd } from "./budget/money";
import { INDUSTRY_BY_ID } from "./data/industries";
import { buildPlanDraft } from "./index";
import { INDUSTRY_IDS } from "./types";

describe("per-industry ranges for conversion and acquisition cost", () => {
  it("every industry has its own ranges with a stated basis, not one inherited from a related profile", () => {
    const seen = new Map<string, string>();
    for (const id of INDUSTRY_IDS) {
      const { ranges } = INDUSTRY_BY_ID[id];
      for (const range of [ranges.conversion, ranges.cac]) {
        expect(range.low, id).toBeGreaterThan(0);
        expect(range.high, id).toBeGreaterThan(range.low);
      }
      expect(ranges.conversion.high, id).toBeLessThanOrEqual(100);
      expect(ranges.basis.source.length, id).toBeGreaterThan(20);
      expect(ranges.basis.rationale.length, id).toBeGreaterThan(20);
      expect(seen.get(ranges.basis.rationale), `${id} shares its basis with ${seen.get(ranges.basis.rationale)}`).toBeUndefined();
      seen.set(ranges.basis.rationale, id);
    }
  });

  it("a café pays less per customer than a software company, and a shop converts less than a groomer's booking page", () => {
    expect(INDUSTRY_BY_ID["food-service"].ranges.cac.high).toBeLessThan(INDUSTRY_BY_ID.saas.ranges.cac.low);
    expect(INDUSTRY_BY_ID.ecommerce.ranges.conversion.high).toBeLessThanOrEqual(
      INDUSTRY_BY_ID["pet-services"].ranges.conversion.low + 1,
    );
  });

  it("the plan's acquisition cost sits inside the industry's range, cites it, and the budget says what the spend buys", () => {
    const plan = buildPlanDraft(
      PlanInputSchema.parse({
        businessDescription: "Dog grooming salon in Leeds for busy owners, hand stripping and nail clipping.",
        monthlyBudget: { amount: 900, currency: "GBP" },
      }),
    );
    const range = INDUSTRY_BY_ID["pet-services"].ranges.cac;
    const cac = plan.kpis.metrics.find((m) => m.name === "Customer acquisition cost");
    expect(cac).toBeDefined();
    expect(cac?.target.value).toBeGreaterThanOrEqual(fromUsd(range.low, "GBP") - 1);
    expect(cac?.target.value).toBeLessThanOrEqual(fromUsd(range.high, "GBP") + 1);
    expect(cac?.target.basis).toMatch(/^Usual range for pet services: £\S+ to £\S+/);
    expect(plan.budget.rationale).toMatch(
      /It usually costs £\S+ to £\S+ to win a customer here, so £900 a month should bring roughly \d+ to \d+ new customers/,
    );
  });

  it("an online shop's conversion target is inside its range, in every language", () => {
    const { low, high } = INDUSTRY_BY_ID.ecommerce.ranges.conversion;
    for (const language of ["en", "es", "fr", "de"]) {
      const plan = buildPlanDraft(
        PlanInputSchema.parse({ businessDescription: "Online shop selling handmade ceramics, shipping nationwide.", language }),
      );
      // The conversion objective starts from the range (its baseline cites it) and aims inside it.
      const objective = plan.objectives.find(
        (o) => o.target.unit === "%" && /[0-9] ?% (?:to|a|à|bis) /.test(o.baseline.basis ?? ""),
      );
      expect(objective, language).toBeDefined();
      expect(objective?.baseline.value, language).toBeGreaterThanOrEqual(low);
      expect(objective?.target.value, language).toBeLessThanOrEqual(high);
    }
  });
});
