import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getAi, resetAiForTests } from "@/ai/genkit";
import { buildPlanDraft } from "@/ai/planner";
import { PlanInputSchema } from "@/ai/schemas/plan-input";
import { resetEnvForTests } from "@/lib/env";
import { QUALITY_CASES } from "./dataset";

/** The checks registered as Genkit evaluators on the app's one instance, run through Genkit's own evaluate(). */
describe("plan-quality checks as Genkit evaluators", () => {
  let dataDir: string;
  const saved = { ...process.env };
  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "marketplan-evaluators-"));
    Object.assign(process.env, { MARKETPLAN_DATA_DIR: dataDir, STORE: "sqlite", LOG_LEVEL: "error" });
    delete process.env.GEMINI_API_KEY;
    resetEnvForTests();
    resetAiForTests();
  });
  afterAll(() => {
    process.env = saved;
    resetEnvForTests();
    resetAiForTests();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const cases = QUALITY_CASES.filter((c) => ["en-tattoo", "es-taller", "fr-toilettage", "de-kita"].includes(c.id));
  const rows = (plans: "builtin" | "stock") =>
    cases.map((item) => {
      const input = PlanInputSchema.parse(item.input);
      const plan = buildPlanDraft(input);
      const output =
        plans === "builtin"
          ? { plan }
          : {
              plan: {
                ...plan,
                title: "Your business: marketing plan",
                executiveSummary: "A business offering products and services in your area.",
              },
            };
      return { testCaseId: item.id, input, output, reference: { lang: item.lang, industry: item.industry, facts: item.facts } };
    });

  it("registers every check and passes the built-in planner's plans", async () => {
    expect(cases).toHaveLength(4);
    const ai = getAi();
    for (const name of ["title", "summaryFacts", "noStandIns", "personasSpecific", "namedSubject", "industry"]) {
      const results = await ai.evaluate({ evaluator: `marketplan/${name}`, dataset: rows("builtin") });
      const statuses = results.map((r) => (Array.isArray(r.evaluation) ? r.evaluation[0]?.status : r.evaluation.status));
      expect(statuses, name).toEqual(["PASS", "PASS", "PASS", "PASS"]);
    }
  });

  it("fails a plan with a fallback title and stock phrases, with the reason", async () => {
    const ai = getAi();
    const [title] = await ai.evaluate({ evaluator: "marketplan/title", dataset: rows("stock").slice(0, 1) });
    const standIns = await ai.evaluate({ evaluator: "marketplan/noStandIns", dataset: rows("stock").slice(0, 1) });
    const first = (r: typeof title) => (r && !Array.isArray(r.evaluation) ? r.evaluation : undefined);
    expect(first(title)?.status).toBe("FAIL");
    expect(first(standIns[0])?.details?.reasoning).toMatch(/products and services/);
  });
});
