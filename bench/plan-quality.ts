/**
 * Plan quality of the built-in planner on the evaluator dataset: pass rate per check and per
 * language, industry detection accuracy, and the time to build one whole plan.
 * Run: npm run bench:plan-quality  (add --failures to list each failed check)
 */
import { performance } from "node:perf_hooks";
import { genericSubjects } from "@/ai/evaluators/checks";
import { QUALITY_CASES } from "@/ai/evaluators/dataset";
import { scoreBuiltin, summarise } from "@/ai/evaluators/score";
import { buildPlanDraft } from "@/ai/planner";
import { PlanInputSchema } from "@/ai/schemas/plan-input";
import { summary } from "./stats";

const scores = scoreBuiltin(QUALITY_CASES);
const report = summarise(scores);
const industries = new Set(QUALITY_CASES.map((c) => c.industry)).size;
console.log(`${QUALITY_CASES.length} descriptions, ${industries} industries, languages ${Object.keys(report.byLang).join(", ")}`);
const langs = Object.keys(report.byLang);
console.log(`\nPass rate per check${" ".repeat(10)}${langs.map((lang) => lang.padStart(8)).join("")}`);
for (const [check, value] of Object.entries(report.byCheck)) {
  const perLang = langs.map((lang) => `${(report.byCheckLang[check]?.[lang] ?? 0).toFixed(1)}`.padStart(8)).join("");
  console.log(`  ${check.padEnd(20)} ${value.toFixed(1).padStart(5)} %${perLang}`);
}
console.log("\nPass rate per language (all checks)");
for (const [lang, value] of Object.entries(report.byLang)) console.log(`  ${lang.padEnd(20)} ${value.toFixed(1)} %`);
console.log(`\nIndustry detection accuracy ${report.detectionAccuracy.toFixed(1)} %`);
const generic = scores.map((s) => genericSubjects(s.plan, s.item.lang).length);
const total = generic.reduce((sum, n) => sum + n, 0);
console.log(`Generic subjects in plan bodies ${total} (${generic.filter((n) => n > 0).length} of ${scores.length} plans)`);

const inputs = QUALITY_CASES.map((c) => PlanInputSchema.parse(c.input));
for (const input of inputs) buildPlanDraft(input);
const samples: number[] = [];
const cpu: number[] = [];
for (let round = 0; round < 5; round++) {
  for (const input of inputs) {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    buildPlanDraft(input);
    const used = process.cpuUsage(cpuStart);
    samples.push(performance.now() - start);
    cpu.push((used.user + used.system) / 1000);
  }
}
// Wall time includes whatever else the machine runs; CPU time is the planner's own work.
console.log(summary("\nWhole plan, built-in planner (wall)", samples));
console.log(summary("Whole plan, built-in planner (CPU)", cpu));
if (process.argv.includes("--failures")) console.log(`\nFailures (${report.failures.length})\n  ${report.failures.join("\n  ")}`);
