import { describe, expect, it } from "vitest";
import { SLOS, sloCompliance } from "./slo";

describe("sloCompliance", () => {
  it("spends the budget in proportion to the bad share", () => {
    // 1 failed check in 1000 against 0.5% allowed: a fifth of the budget spent.
    const result = sloCompliance({ bad: 1, total: 1000, allowedBadShare: SLOS.uptime.allowedBadShare });
    expect(result.badShare).toBe(0.001);
    expect(result.compliant).toBe(true);
    expect(result.errorBudgetRemaining).toBeCloseTo(0.8, 12);
  });

  it("is compliant with nothing left exactly at the limit", () => {
    expect(sloCompliance({ bad: 5, total: 100, allowedBadShare: 0.05 })).toEqual({
      badShare: 0.05,
      compliant: true,
      errorBudgetRemaining: 0,
    });
  });

  it("clamps an overspent budget at 0", () => {
    // 1 failed probe check in 120 is 0.83%, over the 0.5% allowed.
    expect(sloCompliance({ bad: 1, total: 120, allowedBadShare: 0.005 })).toMatchObject({
      compliant: false,
      errorBudgetRemaining: 0,
    });
  });

  it("keeps the whole budget with no bad events, and judges nothing without events", () => {
    expect(sloCompliance({ bad: 0, total: 7, allowedBadShare: 0.01 })).toEqual({
      badShare: 0,
      compliant: true,
      errorBudgetRemaining: 1,
    });
    expect(sloCompliance({ bad: 0, total: 0, allowedBadShare: 0.01 })).toEqual({
      badShare: null,
      compliant: null,
      errorBudgetRemaining: null,
    });
  });
});
