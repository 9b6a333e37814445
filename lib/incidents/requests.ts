import { z } from "zod";
import {
  IncidentImpactSchema,
  IncidentSeveritySchema,
  IncidentStatusSchema,
  StatusComponentSchema,
} from "@/lib/store/observability-records";

const text = (max: number) => z.string().trim().min(1, "must not be empty").max(max);
const Author = text(100).describe("who writes this; the CLI sends the login name");
const At = z.string().datetime({ offset: true, message: "must be an ISO 8601 time such as 2026-12-03T14:30:00Z" });

/** The manual's IncidentUpdate notes (5.3), each optional. */
const Notes = {
  timeline: text(2000).optional(),
  nextUpdate: text(200).optional(),
  public: z.boolean().optional(),
  author: Author.optional(),
};

export const OpenIncidentRequestSchema = z
  .object({
    title: text(200),
    severity: IncidentSeveritySchema,
    /** Statuspage impact; the severity's default when absent. */
    impact: IncidentImpactSchema.optional(),
    components: z.array(StatusComponentSchema).max(3).default([]),
    body: text(4000),
    /** What users notice, in words: the manual's `impact`. */
    impactSummary: text(1000).optional(),
    startedAt: At.optional(),
    dedupKey: z.string().min(1).max(255).optional(),
    ...Notes,
  })
  .strict();
export type OpenIncidentRequest = z.input<typeof OpenIncidentRequestSchema>;

export const UpdateIncidentRequestSchema = z
  .object({
    /** Resolving has its own endpoint; an update keeps the status unless it names another open one. */
    status: IncidentStatusSchema.exclude(["resolved"], {
      errorMap: () => ({ message: "must be investigating, identified or monitoring (resolve with /resolve)" }),
    }).optional(),
    body: text(4000),
    /** What users notice now, in words: the manual's `impact`. */
    impact: text(1000).optional(),
    ...Notes,
  })
  .strict();
export type UpdateIncidentRequest = z.input<typeof UpdateIncidentRequestSchema>;

export const ResolveIncidentRequestSchema = z
  .object({ body: text(4000).optional(), impact: text(1000).optional(), ...Notes })
  .strict();
export type ResolveIncidentRequest = z.input<typeof ResolveIncidentRequestSchema>;

export const AcknowledgeIncidentRequestSchema = z.object({ author: Author.optional(), body: text(4000).optional() }).strict();
export type AcknowledgeIncidentRequest = z.input<typeof AcknowledgeIncidentRequestSchema>;

export const ListIncidentsQuerySchema = z
  .object({
    status: z.enum(["open", ...IncidentStatusSchema.options]).optional(),
    since: At.optional(),
  })
  .strict();
