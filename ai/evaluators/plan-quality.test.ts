import { describe, expect, it } from "vitest";
import { QUALITY_CASES } from "./dataset";
import { scoreBuiltin, summarise } from "./score";

describe("plan-quality dataset and checks", () => {
  it("covers at least 60 descriptions, 25 industries and all four languages", () => {
    expect(QUALITY_CASES.length).toBeGreaterThanOrEqual(60);
    expect(new Set(QUALITY_CASES.map((c) => c.industry)).size).toBeGreaterThanOrEqual(25);
    expect(new Set(QUALITY_CASES.map((c) => c.lang))).toEqual(new Set(["en", "es", "fr", "de"]));
  });

  it("the built-in planner meets the bar: detection at least 90 %, headlines about the business", () => {
    const report = summarise(scoreBuiltin(QUALITY_CASES));
    expect(report.detectionAccuracy).toBeGreaterThanOrEqual(90);
    expect(report.byCheck.title).toBeGreaterThanOrEqual(90);
    expect(report.byCheck.noStandIns).toBeGreaterThanOrEqual(95);
    expect(report.byCheck.summaryFacts).toBeGreaterThanOrEqual(85);
    expect(report.byCheck.personasDistinct).toBeGreaterThanOrEqual(90);
  });

  it("a check can fail: a plan titled with the fallback name and stock phrases fails title and stand-ins", async () => {
    const { checkStandIns, checkTitle } = await import("./checks");
    const item = QUALITY_CASES[0];
    if (!item) throw new Error("dataset is empty");
    const [scored] = scoreBuiltin([item]);
    if (!scored) throw new Error("no score");
    const bad = {
      ...scored.plan,
      title: "Your business: marketing plan",
      executiveSummary: "We offer products and services in your area.",
    };
    expect(checkTitle(bad, item).pass).toBe(false);
    expect(checkStandIns(bad, item).pass).toBe(false);
  });
});
