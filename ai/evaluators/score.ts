import { buildPlanDraft, detectIndustry } from "@/ai/planner";
import type { PlanDraft } from "@/ai/schemas/plan";
import { PlanInputSchema } from "@/ai/schemas/plan-input";
import { type CheckName, checkIndustry, PER_PLAN_CHECKS, personaKey } from "./checks";
import type { QualityCase } from "./dataset/types";

export interface CaseScore {
  item: QualityCase;
  plan: PlanDraft;
  detected: string;
  results: Record<CheckName, { pass: boolean; reason: string }>;
}

/** Builds the built-in plan for every case and runs every check, including the ones across plans. */
export function scoreBuiltin(items: readonly QualityCase[]): CaseScore[] {
  const scored = items.map((item) => {
    const input = PlanInputSchema.parse(item.input);
    const plan = buildPlanDraft(input);
    const detected = detectIndustry({ description: input.businessDescription, industry: input.industry }).id;
    const results = {} as CaseScore["results"];
    for (const [name, check] of Object.entries(PER_PLAN_CHECKS)) results[name as CheckName] = check(plan, item);
    results.industry = checkIndustry(detected, item);
    return { item, plan, detected, results };
  });
  // A persona pair shared with a plan for another industry in the same language is a stock pair.
  for (const score of scored) {
    const key = personaKey(score.plan);
    const clash = scored.find(
      (o) => o.item.lang === score.item.lang && o.item.industry !== score.item.industry && personaKey(o.plan) === key,
    );
    score.results.personasDistinct = clash
      ? { pass: false, reason: `same personas as ${clash.item.id}` }
      : { pass: true, reason: "personas unique to the industry" };
  }
  return scored;
}

export interface QualityReport {
  byCheck: Record<string, number>;
  byLang: Record<string, number>;
  /** Each check's pass rate within each language: "title" in German alone, say. */
  byCheckLang: Record<string, Record<string, number>>;
  detectionAccuracy: number;
  failures: string[];
}

const rate = (passed: number, total: number) => (total === 0 ? 0 : Math.round((1000 * passed) / total) / 10);

export function summarise(scores: readonly CaseScore[]): QualityReport {
  const checks = Object.keys(scores[0]?.results ?? {});
  const byCheck: Record<string, number> = {};
  for (const check of checks) {
    byCheck[check] = rate(scores.filter((s) => s.results[check as CheckName].pass).length, scores.length);
  }
  const byLang: Record<string, number> = {};
  for (const lang of [...new Set(scores.map((s) => s.item.lang))]) {
    const mine = scores.filter((s) => s.item.lang === lang);
    const passed = mine.flatMap((s) => Object.values(s.results)).filter((r) => r.pass).length;
    byLang[lang] = rate(passed, mine.length * checks.length);
  }
  const byCheckLang: Record<string, Record<string, number>> = {};
  for (const check of checks) {
    byCheckLang[check] = {};
    for (const lang of Object.keys(byLang)) {
      const mine = scores.filter((s) => s.item.lang === lang);
      byCheckLang[check][lang] = rate(mine.filter((s) => s.results[check as CheckName].pass).length, mine.length);
    }
  }
  const failures = scores.flatMap((s) =>
    Object.entries(s.results)
      .filter(([, r]) => !r.pass)
      .map(([check, r]) => `${s.item.id} ${check}: ${r.reason}`),
  );
  return { byCheck, byLang, byCheckLang, detectionAccuracy: byCheck.industry ?? 0, failures };
}
