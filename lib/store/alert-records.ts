import { z } from "zod";
import { StatusComponentSchema } from "./observability-records";

const Timestamp = z.string().datetime();

export const AlertSeveritySchema = z.enum(["critical", "warning"]);
export type AlertSeverity = z.infer<typeof AlertSeveritySchema>;

export const AlertStatusSchema = z.enum(["firing", "resolved"]);
export type AlertStatus = z.infer<typeof AlertStatusSchema>;

/** A rule id, optionally with a sub-key: lower-case words, digits, `-`, `_`, `.` and `:`. */
export const DedupKeySchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[a-z0-9][a-z0-9_.:-]*$/, "lower-case letters, digits and - _ . :");

/**
 * The state of one alert (one rule and dedup key): its current episode, from
 * the first evaluation that found it firing until it resolves. Writers change
 * it only by compare-and-set on `version`, so of two evaluators that see the
 * same change only one records it, and only that one notifies.
 */
export const AlertRecordSchema = z.object({
  dedupKey: DedupKeySchema,
  ruleId: z.string().min(1).max(120),
  severity: AlertSeveritySchema,
  status: AlertStatusSchema,
  /** What was measured, for people: "AI success rate 72% < 90% over 15 min". */
  summary: z.string().min(1).max(1000),
  value: z.number().finite().nullable(),
  /** Start of this episode. */
  firedAt: Timestamp,
  resolvedAt: Timestamp.nullable(),
  /** Last time the firing alert was sent; null while it has not been (held back by a maintenance window). */
  notifiedAt: Timestamp.nullable(),
  notifications: z.number().int().nonnegative(),
  acknowledgedAt: Timestamp.nullable(),
  /** The incident a critical alert opened, linked by the dedup key. */
  incidentId: z.string().min(1).max(128).nullable(),
  /** 1 when created; each successful save adds 1. */
  version: z.number().int().positive(),
});
export type AlertRecord = z.infer<typeof AlertRecordSchema>;

/** A planned window in which pages are held back (tickets and warnings are still recorded and sent). */
export const MaintenanceWindowSchema = z
  .object({
    id: z
      .string()
      .min(1)
      .max(128)
      .regex(/^[A-Za-z0-9_-]+$/),
    title: z.string().trim().min(1).max(200),
    startsAt: Timestamp,
    endsAt: Timestamp,
    components: z.array(StatusComponentSchema),
    createdAt: Timestamp,
    cancelledAt: Timestamp.nullable(),
  })
  .refine((window) => Date.parse(window.startsAt) < Date.parse(window.endsAt), {
    message: "endsAt must be after startsAt",
    path: ["endsAt"],
  });
export type MaintenanceWindow = z.infer<typeof MaintenanceWindowSchema>;
