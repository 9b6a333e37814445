import { AI_OUTCOMES, type AiOutcome } from "@/lib/metrics/rollup-keys";
import type { RollupCounters } from "@/lib/store/observability-records";

export type AiOutcomeTotals = Record<AiOutcome, number>;

const GENERATION_KEY = /^ai_generations\.[a-z0-9_]+\.([a-z]+)$/;

/**
 * Generations (whole plans and single sections) by how they ended, summed over
 * every provider, including providers added after this was written.
 */
export function aiOutcomeTotals(counters: RollupCounters): AiOutcomeTotals {
  const totals = Object.fromEntries(AI_OUTCOMES.map((outcome) => [outcome, 0])) as AiOutcomeTotals;
  for (const [key, value] of Object.entries(counters)) {
    const outcome = GENERATION_KEY.exec(key)?.[1];
    if (outcome && (AI_OUTCOMES as readonly string[]).includes(outcome)) totals[outcome as AiOutcome] += value;
  }
  return totals;
}

/**
 * Generations that ran to an end: ok, fallback and failed. Cancelled ones (the
 * person left) are not counted: nobody was served or failed.
 */
export function aiGenerationCount(counters: RollupCounters): number {
  const { ok, fallback, failed } = aiOutcomeTotals(counters);
  return ok + fallback + failed;
}

/**
 * Share (0 to 1) of the generations that ran to an end in which the asked-for
 * model delivered: `ok / (ok + fallback + failed)`; cancelled ones are left
 * out. Null when no generation ran to an end.
 */
export function aiSuccessRate(counters: RollupCounters): number | null {
  const ended = aiGenerationCount(counters);
  return ended === 0 ? null : aiOutcomeTotals(counters).ok / ended;
}
