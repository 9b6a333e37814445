import type { Genkit } from "genkit";
import { z } from "zod";
import { detectIndustry } from "@/ai/planner";
import type { PlanDraft } from "@/ai/schemas/plan";
import { type CheckResult, checkIndustry, PER_PLAN_CHECKS } from "./checks";
import type { QualityCase } from "./dataset/types";

/** What a dataset row carries besides the flow input: the facts a reader expects, as in dataset/. */
export const QualityReferenceSchema = z.object({
  lang: z.enum(["en", "es", "fr", "de"]),
  industry: z.string(),
  facts: z.object({
    offer: z.array(z.string()),
    place: z.array(z.string()),
    audience: z.array(z.string()),
  }),
});

const PlanShape = z.object({ title: z.string(), executiveSummary: z.string() }).passthrough();

/** The flow answers `{ plan, … }`; a raw evaluation may hold the plan itself. */
function planOf(output: unknown): PlanDraft | undefined {
  const candidate = (output as { plan?: unknown } | undefined)?.plan ?? output;
  return PlanShape.safeParse(candidate).success ? (candidate as PlanDraft) : undefined;
}

/** The industry a plan is about, read by the built-in detector from what the plan itself says. */
function industryOf(plan: PlanDraft): string {
  const text = `${plan.situation.business.industry}. ${plan.situation.business.summary}`;
  return detectIndustry({ description: text, industry: plan.situation.business.industry }).id;
}

const CHECKS: Readonly<
  Record<string, { label: string; definition: string; run: (plan: PlanDraft, item: QualityCase) => CheckResult }>
> = {
  title: {
    label: "Title names the business",
    definition: "The title names the business, or its offer when no name was given.",
    run: PER_PLAN_CHECKS.title,
  },
  summaryFacts: {
    label: "Summary carries the facts",
    definition: "The executive summary carries at least two of offer, place and audience.",
    run: PER_PLAN_CHECKS.summaryFacts,
  },
  noStandIns: {
    label: "No template stand-ins",
    definition: "No stand-in phrase from the deny-list appears anywhere in the plan.",
    run: PER_PLAN_CHECKS.noStandIns,
  },
  personasSpecific: {
    label: "Personas fit the audience",
    definition: "The personas mention the stated audience or the offer.",
    run: PER_PLAN_CHECKS.personasSpecific,
  },
  namedSubject: {
    label: "Body names the business",
    definition:
      "The plan's body calls the business by its name or its own noun, never a generic subject such as 'Your business'.",
    run: PER_PLAN_CHECKS.namedSubject,
  },
  industry: {
    label: "Industry recognised",
    definition: "The industry the plan names is the expected one.",
    run: (plan, item) => checkIndustry(industryOf(plan), item),
  },
};

/**
 * The plan-quality checks as Genkit evaluators (`marketplan/<check>`), so the same dataset scores the
 * built-in planner and Gemini alike with `genkit eval:flow generateMarketingPlan`.
 */
export function defineQualityEvaluators(ai: Genkit): void {
  for (const [id, check] of Object.entries(CHECKS)) {
    ai.defineEvaluator(
      { name: `marketplan/${id}`, displayName: check.label, definition: check.definition, isBilled: false },
      async (datapoint) => {
        const reference = QualityReferenceSchema.safeParse(datapoint.reference);
        const plan = planOf(datapoint.output);
        if (!reference.success || !plan) {
          return {
            testCaseId: datapoint.testCaseId,
            evaluation: { error: "Needs a plan as output and {lang, industry, facts} as reference." },
          };
        }
        const item: QualityCase = { id: datapoint.testCaseId, input: datapoint.input as QualityCase["input"], ...reference.data };
        const result = check.run(plan, item);
        return {
          testCaseId: datapoint.testCaseId,
          evaluation: { score: result.pass, status: result.pass ? "PASS" : "FAIL", details: { reasoning: result.reason } },
        };
      },
    );
  }
}
