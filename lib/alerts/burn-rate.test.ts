import { describe, expect, it } from "vitest";
import { burnRate, evaluateTier, evaluateTiers, PAGE_TIERS, TICKET_TIERS, tierWindows } from "./burn-rate";

// The reference case: 99.5 % availability, a budget of 0.5 % bad requests.
const BUDGET = 0.005;
const events = (bad: number, total: number) => ({ bad, total });

describe("burnRate", () => {
  it("is the bad share over the allowed share", () => {
    // 8 of 100 bad is 8 %: 16 times the 0.5 % allowed.
    expect(burnRate(events(8, 100), BUDGET, 10)).toBeCloseTo(16, 10);
    // 1 of 200 is exactly the budget: a burn rate of 1.
    expect(burnRate(events(1, 200), BUDGET, 10)).toBeCloseTo(1, 10);
    expect(burnRate(events(0, 500), BUDGET, 10)).toBe(0);
  });

  it("says nothing below the minimum number of events", () => {
    expect(burnRate(events(5, 9), BUDGET, 10)).toBeNull();
    expect(burnRate(events(0, 0), BUDGET, 0)).toBeNull();
    expect(burnRate(events(5, 10), BUDGET, 10)).toBeCloseTo(100, 10);
  });
});

describe("evaluateTier (both windows must burn faster than the rate)", () => {
  const fast = PAGE_TIERS[0];
  if (!fast) throw new Error("no page tier");

  it("pages on 8 % errors over both 1 h and 5 min (16x > 14.4x)", () => {
    const result = evaluateTier(fast, { long: events(80, 1000), short: events(8, 100) }, BUDGET, 10);
    expect(result.firing).toBe(true);
    expect(result.longBurn).toBeCloseTo(16, 10);
  });

  it("does not page when only the short window burns (a blip): 8 % for 5 min, 1 % over the hour", () => {
    const result = evaluateTier(fast, { long: events(10, 1000), short: events(8, 100) }, BUDGET, 10);
    expect(result.longBurn).toBeCloseTo(2, 10);
    expect(result.firing).toBe(false);
  });

  it("stops paging once the short window recovers, though the hour still burns", () => {
    expect(evaluateTier(fast, { long: events(80, 1000), short: events(0, 100) }, BUDGET, 10).firing).toBe(false);
  });

  it("does not page at 7 % (14x), just under the 7.2 % the rate means", () => {
    expect(evaluateTier(fast, { long: events(70, 1000), short: events(7, 100) }, BUDGET, 10).firing).toBe(false);
  });

  it("does not page on too few requests, however bad", () => {
    expect(evaluateTier(fast, { long: events(9, 9), short: events(3, 3) }, BUDGET, 10).firing).toBe(false);
  });
});

describe("evaluateTiers", () => {
  // Events per window length in minutes.
  const counts = (table: Record<number, [number, number]>) => (minutes: number) => {
    const [bad, total] = table[minutes] ?? [0, 0];
    return events(bad, total);
  };

  it("pages through the slow tier: 4 % over 6 h and 30 min is 8x > 6x, while the hour is at 3 % (6x < 14.4x)", () => {
    const result = evaluateTiers(
      PAGE_TIERS,
      counts({ 5: [3, 100], 30: [24, 600], 60: [36, 1200], 360: [288, 7200] }),
      BUDGET,
      10,
    );
    expect(result.tiers.map((tier) => tier.firing)).toEqual([false, true]);
    expect(result.firing).toBe(true);
  });

  it("tickets on 0.6 % over 3 days and 6 h (1.2x > 1x), not on 0.4 %", () => {
    const ticket = (bad3d: number, bad6h: number) =>
      evaluateTiers(TICKET_TIERS, counts({ 4320: [bad3d, 100_000], 360: [bad6h, 10_000] }), BUDGET, 10).firing;
    expect(ticket(600, 60)).toBe(true);
    expect(ticket(400, 60)).toBe(false);
    expect(ticket(600, 40)).toBe(false);
  });

  it("applies the SLO's own budget: 20 % slow requests against 5 % allowed is 4x, no page", () => {
    const result = evaluateTiers(
      PAGE_TIERS,
      counts({ 5: [20, 100], 30: [120, 600], 60: [240, 1200], 360: [1440, 7200] }),
      0.05,
      10,
    );
    expect(result.tiers.map((tier) => tier.longBurn)).toEqual([4, 4]);
    expect(result.firing).toBe(false);
  });

  it("lists each window once", () => {
    expect(tierWindows([...PAGE_TIERS, ...TICKET_TIERS])).toEqual([5, 30, 60, 360, 4320]);
  });
});
