import { z } from "zod";

const Timestamp = z.string().datetime();

/**
 * Counter names inside a rollup: lower-case words joined by `_` or `.`, such
 * as `http_requests`, `http_latency_ms.le_250` or `ai_generations.gemini.ok`.
 * Never an id or free text: rollups are read by every instance and summed.
 */
export const RollupCounterKeySchema = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9_]+(\.[a-z0-9_+]+)*$/, "lower-case words joined by _ or .");

export const RollupCountersSchema = z.record(RollupCounterKeySchema, z.number().finite().nonnegative());
export type RollupCounters = z.infer<typeof RollupCountersSchema>;

/**
 * What one instance counted during one UTC minute. Instances flush their
 * counts once a minute (never one write per request); writing the same
 * instance and minute again adds to what is there, so a late flush or a
 * restart never loses or double-books a count.
 */
export const MinuteRollupSchema = z.object({
  /** Stable for the life of a process: host name plus a random suffix. */
  instanceId: z.string().min(1).max(128),
  /** Start of the UTC minute, seconds and milliseconds zero. */
  minute: Timestamp,
  counters: RollupCountersSchema,
});
export type MinuteRollup = z.infer<typeof MinuteRollupSchema>;

export const IncidentStatusSchema = z.enum(["investigating", "identified", "monitoring", "resolved"]);
export type IncidentStatus = z.infer<typeof IncidentStatusSchema>;

export const IncidentImpactSchema = z.enum(["none", "minor", "major", "critical"]);
export type IncidentImpact = z.infer<typeof IncidentImpactSchema>;

/** The parts of the service a status page names. */
export const StatusComponentSchema = z.enum(["application", "ai_service", "database"]);
export type StatusComponent = z.infer<typeof StatusComponentSchema>;

export const IncidentUpdateSchema = z.object({
  status: IncidentStatusSchema,
  body: z.string().min(1).max(4000),
  createdAt: Timestamp,
});
export type IncidentUpdate = z.infer<typeof IncidentUpdateSchema>;

/** An incident in Statuspage's vocabulary; updates are append-only, oldest first. */
export const IncidentSchema = z.object({
  id: z.string().min(1).max(128),
  title: z.string().min(1).max(200),
  status: IncidentStatusSchema,
  impact: IncidentImpactSchema,
  components: z.array(StatusComponentSchema),
  createdAt: Timestamp,
  /** Set when an update moves the incident to `resolved`. */
  resolvedAt: Timestamp.nullable(),
  updates: z.array(IncidentUpdateSchema).min(1),
});
export type Incident = z.infer<typeof IncidentSchema>;
