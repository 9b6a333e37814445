import { describe, expect, it } from "vitest";
import type { PlanInput } from "@/ai/schemas/plan-input";
import { enforceProvenance } from "./provenance";

/** Issue 12: the number 5 the owner stated for catering clients does not make "5 reviews" the owner's figure. */
describe("provenance compares meaning, not just the number", () => {
  const input: PlanInput = {
    businessDescription: "A plant-based café in Bristol with 40 seats, open since last spring.",
    goals: ["Win 5 recurring office catering clients", "Grow lunch sales by 20%"],
    monthlyBudget: { amount: 1200, currency: "GBP" },
  };

  it("keeps `user` where the number was said for that thing and relabels it where it was not", () => {
    const plan = {
      objectives: [
        { target: { value: 5, unit: "clients", source: "user" } },
        { target: { value: 5, unit: "reviews", source: "user" } },
        { target: { value: 20, unit: "%", source: "user" } },
        { target: { value: 40, unit: "seats", source: "user" } },
        { target: { value: 40, unit: "%", source: "user" } },
      ],
      budget: { monthlyTotal: { value: 1200, unit: "GBP", source: "user" } },
    };
    const fixes = enforceProvenance(plan, input);
    expect(fixes.map((fix) => fix.path)).toEqual(["objectives[1].target", "objectives[4].target"]);
    expect(plan.objectives.map((o) => o.target.source)).toEqual(["user", "estimate", "user", "user", "estimate"]);
    expect(plan.budget.monthlyTotal.source).toBe("user");
  });
});
