/**
 * Writes the plan-quality dataset in the shape `genkit eval:flow` reads: [{ testCaseId, input, reference }].
 * Run: node --import tsx ai/evaluators/export-dataset.ts [path]  (default .data/plan-quality-dataset.json)
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PlanInputSchema } from "@/ai/schemas/plan-input";
import { QUALITY_CASES } from "./dataset";

const target = path.resolve(process.argv[2] ?? ".data/plan-quality-dataset.json");
const rows = QUALITY_CASES.map((item) => ({
  testCaseId: item.id,
  input: PlanInputSchema.parse(item.input),
  reference: { lang: item.lang, industry: item.industry, facts: item.facts },
}));
mkdirSync(path.dirname(target), { recursive: true });
writeFileSync(target, `${JSON.stringify(rows, null, 2)}\n`);
console.log(`${rows.length} test cases written to ${target}`);
