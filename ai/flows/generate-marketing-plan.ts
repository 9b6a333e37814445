import "server-only";
import type { Genkit } from "genkit";
import { getEnv } from "@/lib/env";
import { getStore } from "@/lib/store";
import { runModel } from "../generation/run-model";
import { definedOnAi } from "../genkit";
import { computeBudget } from "../post/budget";
import { checkCompleteness } from "../post/completeness";
import { enforceProvenance } from "../post/provenance";
import { GenerationResultSchema, type PartialPlanDraft, PlanStreamChunkSchema } from "../schemas/generation";
import { type Plan, PlanDraftSchema } from "../schemas/plan";
import { PlanInputSchema } from "../schemas/plan-input";

function defineGenerateMarketingPlan(ai: Genkit) {
  return ai.defineFlow(
    {
      name: "generateMarketingPlan",
      inputSchema: PlanInputSchema,
      outputSchema: GenerationResultSchema,
      streamSchema: PlanStreamChunkSchema,
    },
    async (input, { sendChunk, abortSignal }) => {
      const { value: draft, generation } = await runModel({
        env: getEnv(),
        store: getStore(),
        request: { task: "plan", input },
        schema: PlanDraftSchema,
        signal: abortSignal,
        onPartial: ({ attempt, model, output }) =>
          sendChunk({ kind: "partial", attempt, model, plan: output as PartialPlanDraft }),
        onNotice: (notice) => sendChunk({ kind: "notice", notice }),
      });
      const provenanceFixes = enforceProvenance(draft, input);
      const plan: Plan = { ...draft, budget: computeBudget({ draft, input, useStatedTotal: true }) };
      return { plan, generation, completeness: checkCompleteness(plan), provenanceFixes };
    },
  );
}

/** The `generateMarketingPlan` flow: one streamed model call, then budget, provenance and completeness in code. */
export const generateMarketingPlanFlow = definedOnAi(defineGenerateMarketingPlan);
