import { describe, expect, it } from "vitest";
import { loadTargetsFrom } from "./load-targets";
import { MANUAL_SLOS } from "./slo-config";

describe("load-test targets from the SLOs", () => {
  it("takes the error share and the two latency quantiles, in ms", () => {
    expect(loadTargetsFrom(MANUAL_SLOS)).toEqual({
      failedShare: 0.01,
      responseQuantile: 0.95,
      responseTargetMs: 3000,
      generationQuantile: 0.9,
      generationTargetMs: 30_000,
    });
  });

  it("follows a changed objective", () => {
    const stricter = MANUAL_SLOS.map((slo) =>
      slo.id === "responseTime" ? { ...slo, measure: { kind: "quantile", q: 0.99, unit: "s", target: 1.5 } } : slo,
    );
    expect(loadTargetsFrom(stricter)).toMatchObject({ responseQuantile: 0.99, responseTargetMs: 1500 });
  });

  it("says which objective a load test needs when it is missing or not a quantile", () => {
    expect(() => loadTargetsFrom(MANUAL_SLOS.filter((slo) => slo.id !== "aiGeneration"))).toThrow(
      "The SLO configuration has no aiGeneration objective, which load tests check",
    );
    const notQuantile = MANUAL_SLOS.map((slo) =>
      slo.id === "responseTime" ? { ...slo, measure: { kind: "good_percent" } } : slo,
    );
    expect(() => loadTargetsFrom(notQuantile)).toThrow("The responseTime objective must be measured as a quantile");
  });
});
