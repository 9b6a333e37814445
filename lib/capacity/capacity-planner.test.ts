import { describe, expect, it } from "vitest";
import { CAPACITY_ASSUMPTIONS } from "./assumptions";
import { perUserRates, projectCapacity } from "./capacity-planner";

describe("capacity planner", () => {
  it("uses the manual's rates without traffic, and grows users month by month", () => {
    const plan = projectCapacity({ users: 1000, growthRate: 0.2, months: 3 });
    expect(plan.map((p) => p.users)).toEqual([1000, 1200, 1440, 1728]);
    expect(plan[0]).toMatchObject({
      requestsPerDay: 5000,
      geminiRequestsPerDay: 800,
      geminiQuotaNeeded: 1200,
      geminiQuotaShare: 0.08,
      instances: 2,
    });
    expect(plan[0]?.firestoreReadsPerDay).toBe(10_000);
    // 800 generations × 6 writes + 2 instances × 2,880 rollup writes.
    expect(plan[0]?.firestoreWritesPerDay).toBe(800 * 6 + 2 * 2_880);
  });

  it("prefers rates measured in the store", () => {
    const usage = { activeUsers: 100, windowDays: 30, requests: 60_000, aiGenerations: 1_500, plansCreated: 900 };
    expect(perUserRates(usage)).toEqual({
      requests: 20,
      generations: 0.5,
      source: { requests: "measured", generations: "measured" },
    });
    const [now] = projectCapacity({ users: 100, growthRate: 0, months: 0, usage });
    expect(now).toMatchObject({ requestsPerDay: 2_000, geminiRequestsPerDay: 50 });
  });

  it("adds instances for peak concurrency and flags the quota and maxInstances", () => {
    const [big] = projectCapacity({ users: 10_000_000, growthRate: 0, months: 0 });
    // Peak: 10M × 0.8 / 86,400 × 3 generations a second held 20 s each, plus requests, over 70 per instance.
    const generationsConcurrent = ((10_000_000 * 0.8) / 86_400) * 3 * 20;
    const requestsConcurrent = ((10_000_000 * 5) / 86_400) * 3 * 0.3;
    expect(big?.instances).toBe(Math.ceil((generationsConcurrent + requestsConcurrent) / 70));
    expect(big?.overMaxInstances).toBe(true);
    expect(big?.geminiQuotaShare).toBe(800);
  });

  it("prices a month from the assumptions, which are data with sources", () => {
    const [month] = projectCapacity({ users: 1000, growthRate: 0, months: 0 });
    const a = CAPACITY_ASSUMPTIONS;
    expect(month?.monthlyCostUsd.instances).toBe(2 * a.instanceMonthlyUsd.value);
    expect(month?.monthlyCostUsd.gemini).toBeCloseTo(800 * 30 * a.geminiUsdPerGeneration.value, 2);
    expect(month?.monthlyCostUsd.total).toBeCloseTo(
      (month?.monthlyCostUsd.instances ?? 0) +
        (month?.monthlyCostUsd.firestore ?? 0) +
        (month?.monthlyCostUsd.gemini ?? 0) +
        (month?.monthlyCostUsd.egress ?? 0),
      1,
    );
    for (const assumption of Object.values(a)) expect(assumption.source.length).toBeGreaterThan(5);
  });
});
