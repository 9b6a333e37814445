import { z } from "zod";
import { CompletenessSchema, GenerationMetaSchema, NoticeSchema, ProvenanceFixSchema } from "@/ai/schemas/generation";
import { PlanSchema, SectionKeySchema } from "@/ai/schemas/plan";
import { PlanInputSchema } from "@/ai/schemas/plan-input";

/** Plan ids are 128 random bits in base64url: 22 characters. */
export const PlanIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{22}$/, { message: "Plan id must be 22 characters of A-Z, a-z, 0-9, - or _." });

export const VersionNumberSchema = z.coerce
  .number({ invalid_type_error: "Versions are numbered 1, 2, 3…" })
  .int("Versions are numbered 1, 2, 3…")
  .positive("Versions are numbered 1, 2, 3…");

export const PlanRecordSchema = z.object({
  id: PlanIdSchema,
  ownerId: z.string().nullable(),
  title: z.string(),
  input: PlanInputSchema,
  plan: PlanSchema,
  generation: GenerationMetaSchema,
  completeness: CompletenessSchema,
  provenanceFixes: z.array(ProvenanceFixSchema),
  /**
   * Sections whose text restates figures that changed since it was written
   * (the summary's lead channels after a channels edit): shown as possibly out
   * of date, with a one-click refresh. Absent on plans saved before it existed.
   */
  stale: z.array(SectionKeySchema).optional(),
  version: z.number().int().positive(),
  createdAt: z.string().datetime(),
  updatedAt: z.string().datetime(),
  /** Set when the owner deletes the plan; it can be restored until it is purged. */
  deletedAt: z.string().datetime().nullable().default(null),
});
export type PlanRecord = z.infer<typeof PlanRecordSchema>;

/**
 * Server-sent events of POST /api/plans/generate, in order:
 * `meta` once, then `section` and `notice` as the model writes, then exactly one of `plan` (saved),
 * `unsaved` (written but the store was down) or `error`.
 * A `section` event carries the whole current value of that section; a new attempt starts from empty.
 */
export const GenerateEventSchemas = {
  meta: z.object({ requestId: z.string(), model: z.string(), provider: z.enum(["gemini", "builtin"]) }),
  section: z.object({
    attempt: z.number().int().positive(),
    section: SectionKeySchema,
    value: z.unknown(),
    complete: z.boolean(),
  }),
  notice: NoticeSchema,
  plan: PlanRecordSchema,
  /** The store was unreachable: the finished plan, unsaved, for the browser to keep and save later. */
  unsaved: z.object({ record: PlanRecordSchema, signature: z.string(), message: z.string() }),
  error: z.object({ code: z.string(), message: z.string(), requestId: z.string() }),
} as const;
export type GenerateEventName = keyof typeof GenerateEventSchemas;
export type GenerateEvent = {
  [K in GenerateEventName]: { event: K; data: z.infer<(typeof GenerateEventSchemas)[K]> };
}[GenerateEventName];
