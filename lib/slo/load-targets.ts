import { type Slo, type SloId, SloSchema } from "./slo-config";

/**
 * What a load test checks, derived from the SLOs: the error-rate objective's
 * allowed share of failed requests, the response-time quantile and the AI
 * generation quantile (in ms). load-tests/scenarios.js holds a copy for k6,
 * which cannot import TypeScript; load-tests/scenarios.test.ts compares the two.
 */
export interface LoadTargets {
  failedShare: number;
  responseQuantile: number;
  responseTargetMs: number;
  generationQuantile: number;
  generationTargetMs: number;
}

export function loadTargetsFrom(slos: readonly unknown[]): LoadTargets {
  const parsed = slos.map((slo) => SloSchema.parse(slo));
  const errorRate = find(parsed, "errorRate");
  const response = quantileMs(find(parsed, "responseTime"));
  const generation = quantileMs(find(parsed, "aiGeneration"));
  return {
    failedShare: errorRate.allowedBadShare,
    responseQuantile: response.q,
    responseTargetMs: response.ms,
    generationQuantile: generation.q,
    generationTargetMs: generation.ms,
  };
}

function find(slos: Slo[], id: SloId): Slo {
  const slo = slos.find((candidate) => candidate.id === id);
  if (!slo) throw new Error(`The SLO configuration has no ${id} objective, which load tests check`);
  return slo;
}

function quantileMs(slo: Slo): { q: number; ms: number } {
  if (slo.measure.kind !== "quantile") throw new Error(`The ${slo.id} objective must be measured as a quantile`);
  return { q: slo.measure.q, ms: slo.measure.unit === "s" ? slo.measure.target * 1000 : slo.measure.target };
}
