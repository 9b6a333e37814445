import { z } from "zod";
import { PlanDraftSchema, PlanSchema, SectionKeySchema } from "./plan";

export const BUILTIN_MODEL = "local/builtin-planner";

/** Why a plan was not written by the configured Gemini model. */
export const FallbackReasonSchema = z.enum([
  "quota_minute",
  "quota_day",
  "rate_limited",
  "unavailable",
  "timeout",
  "invalid_output",
  "empty_response",
  "stream_interrupted",
  "provider_error",
]);
export type FallbackReason = z.infer<typeof FallbackReasonSchema>;

export const GenerationMetaSchema = z.object({
  model: z.string().describe("Model that wrote the plan, e.g. googleai/gemini-2.0-flash or local/builtin-planner"),
  provider: z.enum(["gemini", "builtin"]),
  requestedModel: z.string().describe("Model that was asked first"),
  latencyMs: z.number().nonnegative(),
  firstChunkMs: z.number().nonnegative().nullable(),
  inputTokens: z.number().int().nonnegative().nullable(),
  outputTokens: z.number().int().nonnegative().nullable(),
  attempts: z.number().int().positive(),
  fallback: z
    .object({
      from: z.string(),
      reason: FallbackReasonSchema,
      message: z.string().describe("Plain words for the marketer"),
    })
    .nullable(),
});
export type GenerationMeta = z.infer<typeof GenerationMetaSchema>;

export const MissingItemSchema = z.object({
  section: SectionKeySchema,
  path: z.string(),
  message: z.string(),
});
export const CompletenessSchema = z.object({
  complete: z.boolean(),
  missing: z.array(MissingItemSchema),
});
export type Completeness = z.infer<typeof CompletenessSchema>;

/** A figure the model labelled `user` that the input does not contain, relabelled `estimate`. */
export const ProvenanceFixSchema = z.object({
  path: z.string(),
  value: z.number(),
  from: z.literal("user"),
  to: z.literal("estimate"),
});
export type ProvenanceFix = z.infer<typeof ProvenanceFixSchema>;

export const GenerationResultSchema = z.object({
  plan: PlanSchema,
  generation: GenerationMetaSchema,
  completeness: CompletenessSchema,
  provenanceFixes: z.array(ProvenanceFixSchema),
});
export type GenerationResult = z.infer<typeof GenerationResultSchema>;

export const NoticeSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("retrying"),
    attempt: z.number().int().positive(),
    delayMs: z.number().nonnegative(),
    reason: z.string(),
  }),
  z.object({ kind: z.literal("fallback"), reason: FallbackReasonSchema, message: z.string() }),
]);
export type Notice = z.infer<typeof NoticeSchema>;

export const PartialPlanDraftSchema = PlanDraftSchema.deepPartial();
export type PartialPlanDraft = z.infer<typeof PartialPlanDraftSchema>;

/** One streamed chunk of the generate flow: the plan so far (a new attempt starts from empty) or a notice. */
export const PlanStreamChunkSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("partial"),
    attempt: z.number().int().positive(),
    model: z.string(),
    plan: PartialPlanDraftSchema,
  }),
  z.object({ kind: z.literal("notice"), notice: NoticeSchema }),
]);
export type PlanStreamChunk = z.infer<typeof PlanStreamChunkSchema>;
