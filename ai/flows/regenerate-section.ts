import "server-only";
import type { Genkit } from "genkit";
import { z } from "zod";
import { getEnv } from "@/lib/env";
import { getStore } from "@/lib/store";
import { runModel } from "../generation/run-model";
import { definedOnAi } from "../genkit";
import { enforceProvenance } from "../post/provenance";
import { GenerationMetaSchema, ProvenanceFixSchema } from "../schemas/generation";
import { PlanDraftSchema, PlanSchema, SECTION_DRAFT_SCHEMAS, type SectionKey, SectionKeySchema } from "../schemas/plan";
import { PlanInputSchema } from "../schemas/plan-input";

export const RegenerateSectionInputSchema = z.object({
  input: PlanInputSchema,
  plan: PlanSchema,
  section: SectionKeySchema,
  instruction: z
    .string()
    .trim()
    .max(500, { message: "Keep the instruction under 500 characters." })
    .default("")
    .describe("What to change, e.g. 'more B2B' or 'cut the budget by 20%'"),
});

export const RegenerateSectionOutputSchema = z.object({
  section: SectionKeySchema,
  value: z.unknown().describe("The new section, valid against that section's schema"),
  generation: GenerationMetaSchema,
  provenanceFixes: z.array(ProvenanceFixSchema),
});

const sectionAnswerSchemas = new Map<SectionKey, z.ZodTypeAny>();

/** What the model answers for one section: `{ [section]: value }`, one schema object per section. */
function sectionAnswerSchema(section: SectionKey): z.ZodTypeAny {
  let schema = sectionAnswerSchemas.get(section);
  if (!schema) {
    schema = z.object({ [section]: SECTION_DRAFT_SCHEMAS[section] });
    sectionAnswerSchemas.set(section, schema);
  }
  return schema;
}

function defineRegenerateSection(ai: Genkit) {
  return ai.defineFlow(
    { name: "regenerateSection", inputSchema: RegenerateSectionInputSchema, outputSchema: RegenerateSectionOutputSchema },
    async ({ input, plan, section, instruction }, { abortSignal }) => {
      const schema = sectionAnswerSchema(section);
      const { value, generation } = await runModel({
        env: getEnv(),
        store: getStore(),
        request: { task: "section", section, instruction, input, plan: PlanDraftSchema.parse(plan) },
        schema,
        signal: abortSignal,
      });
      const sectionValue = (value as Record<string, unknown>)[section];
      const provenanceFixes = enforceProvenance({ [section]: sectionValue }, input);
      return { section, value: sectionValue, generation, provenanceFixes };
    },
  );
}

/** The `regenerateSection` flow: one smaller model call that rewrites one section, the rest of the plan as context. */
export const regenerateSectionFlow = definedOnAi(defineRegenerateSection);
