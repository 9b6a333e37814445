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

/** The manual's severity levels (5.1); targets per level live in lib/incidents/severity.ts. */
export const IncidentSeveritySchema = z.enum(["SEV1", "SEV2", "SEV3", "SEV4"]);
export type IncidentSeverity = z.infer<typeof IncidentSeveritySchema>;

const Note = (max: number) => z.string().trim().min(1).max(max).nullable().default(null);

/**
 * One entry of an incident's timeline: who wrote it, when, whether the public
 * status page may show it, and the manual's `IncidentUpdate` fields (5.3).
 * Records written before these fields existed read as public notes by `unknown`.
 */
export const IncidentUpdateSchema = z.object({
  status: IncidentStatusSchema,
  body: z.string().min(1).max(4000),
  createdAt: Timestamp,
  author: z.string().trim().min(1).max(100).default("unknown"),
  public: z.boolean().default(true),
  /** What users notice, in words ("Users unable to generate marketing plans"). */
  impact: Note(1000),
  /** What happened when ("Started at 14:30 PST, investigating root cause"). */
  timeline: Note(2000),
  /** When the next update is due ("15:30 PST or when status changes"). */
  nextUpdate: Note(200),
});
export type IncidentUpdate = z.infer<typeof IncidentUpdateSchema>;
export type IncidentUpdateInput = z.input<typeof IncidentUpdateSchema>;

/** An incident in Statuspage's vocabulary; updates are append-only, oldest first. */
export const IncidentObjectSchema = z.object({
  id: z.string().min(1).max(128),
  title: z.string().min(1).max(200),
  severity: IncidentSeveritySchema,
  status: IncidentStatusSchema,
  /** Statuspage's impact: what the status page shows for the components named. */
  impact: IncidentImpactSchema,
  components: z.array(StatusComponentSchema),
  /** When the incident was opened (recorded). */
  createdAt: Timestamp,
  /** When the problem began; the opening time unless someone knows better. */
  startedAt: Timestamp,
  /** Set once, by the first acknowledgement (or by resolving an unacknowledged incident). */
  acknowledgedAt: Timestamp.nullable().default(null),
  /** Set when an update moves the incident to `resolved`. */
  resolvedAt: Timestamp.nullable(),
  /** Links the incident to what opened it (an alert's dedup key); at most one open incident per key. */
  dedupKey: z.string().min(1).max(255).nullable().default(null),
  updates: z.array(IncidentUpdateSchema).min(1),
});
export type Incident = z.infer<typeof IncidentObjectSchema>;
export type IncidentInput = Omit<z.input<typeof IncidentObjectSchema>, "startedAt"> & { startedAt?: string };

const SEVERITY_OF_LEGACY_IMPACT: Record<string, IncidentSeverity> = {
  critical: "SEV1",
  major: "SEV2",
  minor: "SEV3",
  none: "SEV4",
};

/**
 * Fills what records written before severities existed lack: the severity
 * their Statuspage impact implies, and the opening time as the start.
 */
function withLegacyDefaults(value: unknown): unknown {
  if (typeof value !== "object" || value === null) return value;
  const record = value as Record<string, unknown>;
  return {
    ...record,
    severity: record.severity ?? SEVERITY_OF_LEGACY_IMPACT[String(record.impact)],
    startedAt: record.startedAt ?? record.createdAt,
  };
}

/** Parses an incident as written or as stored (legacy records included). */
export const IncidentSchema = z.preprocess(withLegacyDefaults, IncidentObjectSchema);

/** A named lease: the one instance that holds it runs a singleton job (the prober) until it expires. */
export const LeaseSchema = z.object({
  name: z.string().regex(/^[a-z0-9][a-z0-9_.-]{0,63}$/, "lower-case letters, digits, _ . -"),
  holder: z.string().min(1).max(200),
  expiresAt: Timestamp,
});
export type Lease = z.infer<typeof LeaseSchema>;
