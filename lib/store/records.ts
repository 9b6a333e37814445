import { z } from "zod";
import { CompletenessSchema, GenerationMetaSchema } from "@/ai/schemas/generation";
import { PlanSchema, SectionKeySchema } from "@/ai/schemas/plan";
import { PlanIdSchema, type PlanRecordSchema } from "@/lib/plans/schema";

export { type PlanRecord, PlanRecordSchema } from "@/lib/plans/schema";

const Timestamp = z.string().datetime();

export const PlanChangeSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("generated") }),
  z.object({ kind: z.literal("renamed"), from: z.string(), to: z.string() }),
  z.object({ kind: z.literal("section_edited"), section: SectionKeySchema }),
  z.object({
    kind: z.literal("section_regenerated"),
    section: SectionKeySchema,
    instruction: z.string(),
    /** The model call that rewrote the section. */
    generation: GenerationMetaSchema,
  }),
  z.object({ kind: z.literal("restored"), fromVersion: z.number().int().positive() }),
]);
export type PlanChange = z.infer<typeof PlanChangeSchema>;

/** One saved state of a plan. Version 1 is the generated plan. */
export const PlanVersionSchema = z.object({
  planId: PlanIdSchema,
  version: z.number().int().positive(),
  title: z.string(),
  plan: PlanSchema,
  completeness: CompletenessSchema,
  change: PlanChangeSchema,
  /** The model call behind a generated or regenerated version. */
  generation: GenerationMetaSchema.nullable(),
  createdAt: Timestamp,
});
export type PlanVersion = z.infer<typeof PlanVersionSchema>;

export const PlanVersionSummarySchema = PlanVersionSchema.pick({
  planId: true,
  version: true,
  title: true,
  change: true,
  createdAt: true,
});
export type PlanVersionSummary = z.infer<typeof PlanVersionSummarySchema>;

export const PlanSummarySchema = z.object({
  id: PlanIdSchema,
  title: z.string(),
  version: z.number().int().positive(),
  provider: z.enum(["gemini", "builtin"]),
  complete: z.boolean(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type PlanSummary = z.infer<typeof PlanSummarySchema>;

export function toPlanSummary(record: z.infer<typeof PlanRecordSchema>): PlanSummary {
  return {
    id: record.id,
    title: record.title,
    version: record.version,
    provider: record.generation.provider,
    complete: record.completeness.complete,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  };
}

export const UserRecordSchema = z.object({
  id: z.string().min(1).max(128),
  kind: z.enum(["anonymous", "registered"]),
  createdAt: Timestamp,
  lastActiveAt: Timestamp,
});
export type UserRecord = z.infer<typeof UserRecordSchema>;

export const ShareLinkSchema = z.object({
  /** SHA-256 of the token, hex; the token itself is never stored. */
  tokenHash: z.string().regex(/^[0-9a-f]{64}$/),
  planId: PlanIdSchema,
  ownerId: z.string().min(1),
  createdAt: Timestamp,
  revokedAt: Timestamp.nullable(),
});
export type ShareLink = z.infer<typeof ShareLinkSchema>;
