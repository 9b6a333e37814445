import { describe, expect, it } from "vitest";
import { enforceProvenance, numbersInText } from "./provenance";

describe("numbersInText", () => {
  it("reads numbers the way owners write them", () => {
    expect(numbersInText("we serve 1,200 customers")).toContain(1200);
    expect(numbersInText("budget of 2.500,50 EUR")).toContain(2500.5);
    expect(numbersInText("about 10k followers")).toContain(10000);
    expect(numbersInText("grow 20% in 6 months")).toEqual(expect.arrayContaining([20, 6]));
  });
});

describe("enforceProvenance", () => {
  const input = {
    businessDescription: "A bakery in Leeds selling 300 loaves a day, aiming for 500 by summer.",
    monthlyBudget: { amount: 1500, currency: "GBP" },
  };

  it("keeps user labels on numbers the owner stated and relabels invented ones", () => {
    const plan = {
      objectives: [
        {
          baseline: { value: 300, unit: "loaves/day", source: "user" },
          target: { value: 500, unit: "loaves/day", source: "user" },
        },
        { baseline: { value: 42, unit: "reviews", source: "user" }, target: { value: 100, unit: "reviews", source: "estimate" } },
      ],
      budget: { monthlyTotal: { value: 1500, unit: "GBP", source: "user" } },
    };
    const fixes = enforceProvenance(plan, input);
    expect(fixes).toEqual([{ path: "objectives[1].baseline", value: 42, from: "user", to: "estimate" }]);
    expect(plan.objectives[1]?.baseline.source).toBe("estimate");
    expect(plan.objectives[0]?.baseline.source).toBe("user");
    expect(plan.budget.monthlyTotal.source).toBe("user");
  });
});
