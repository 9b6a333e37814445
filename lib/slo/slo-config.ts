import { z } from "zod";

/**
 * The service level objectives of the operations manual (§1.2) as data. Each
 * is a largest allowed share of bad events over its own window, so compliance,
 * the error budget and the burn-rate alerts are computed the same way for all.
 */
const HourSchema = z.number().int().min(0).max(24);

export const BusinessHoursSchema = z
  .object({
    /** An IANA time zone; the manual's hours are Pacific time. */
    timeZone: z.string().refine(isTimeZone, "an IANA time zone such as America/Los_Angeles"),
    startHour: HourSchema,
    endHour: HourSchema,
    /** Days of the week counted, 0 = Sunday; every day by default (the manual names none). */
    days: z.array(z.number().int().min(0).max(6)).min(1).default([0, 1, 2, 3, 4, 5, 6]),
  })
  .refine((hours) => hours.startHour < hours.endHour, "startHour must be before endHour");
export type BusinessHours = z.infer<typeof BusinessHoursSchema>;

export const SloWindowSchema = z.discriminatedUnion("kind", [
  /** The last `days` × 24 h. */
  z.object({ kind: z.literal("rolling"), days: z.number().positive().max(35) }),
  /** The business hours inside the last `days` × 24 h. */
  z.object({ kind: z.literal("business_hours"), days: z.number().positive().max(35) }),
]);
export type SloWindow = z.infer<typeof SloWindowSchema>;

/** What counts as a bad event and out of what; readers in slo-events.ts. */
export const SloEventsSchema = z.enum(["probe_failures", "http_5xx", "http_slower_than_3s", "ai_slower_than_30s"]);
export type SloEvents = z.infer<typeof SloEventsSchema>;

export const SloSchema = z.object({
  id: z.enum(["uptime", "availability", "responseTime", "aiGeneration", "errorRate"]),
  name: z.string().min(1),
  objective: z.string().min(1),
  /** The largest share (0 to 1) of bad events the objective allows: 0.005 for 99.5 % uptime, 0.05 for a p95. */
  allowedBadShare: z.number().gt(0).lt(1),
  window: SloWindowSchema,
  events: SloEventsSchema,
  badEvents: z.string().min(1),
  /** How the measured value is shown: a percentage of good events, or a quantile of a latency histogram. */
  measure: z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("good_percent") }),
    z.object({ kind: z.literal("bad_percent") }),
    z.object({
      kind: z.literal("quantile"),
      q: z.number().gt(0).lt(1),
      unit: z.enum(["ms", "s"]),
      target: z.number().positive(),
    }),
  ]),
});
export type Slo = z.infer<typeof SloSchema>;
export type SloId = Slo["id"];

export const SloConfigSchema = z.object({
  businessHours: BusinessHoursSchema,
  slos: z.array(SloSchema).min(1),
});
export type SloConfig = z.infer<typeof SloConfigSchema>;

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The manual's objectives. Business hours come from the environment (lib/slo/slo-settings.ts). */
export const MANUAL_SLOS: readonly z.input<typeof SloSchema>[] = [
  {
    id: "uptime",
    name: "Uptime",
    objective: "uptime at least 99.5 % over the last 30 days",
    allowedBadShare: 0.005,
    window: { kind: "rolling", days: 30 },
    events: "probe_failures",
    badEvents: "failed probe checks",
    measure: { kind: "good_percent" },
  },
  {
    id: "availability",
    name: "Availability (business hours)",
    objective: "at least 99.9 % of requests answered without a 5xx within business hours, last 30 days",
    allowedBadShare: 0.001,
    window: { kind: "business_hours", days: 30 },
    events: "http_5xx",
    badEvents: "HTTP requests answered with a 5xx status within business hours",
    measure: { kind: "good_percent" },
  },
  {
    id: "responseTime",
    name: "Response time",
    objective: "95th percentile of HTTP response time under 3 s over the last 30 days",
    allowedBadShare: 0.05,
    window: { kind: "rolling", days: 30 },
    events: "http_slower_than_3s",
    badEvents: "HTTP requests slower than 3 s",
    measure: { kind: "quantile", q: 0.95, unit: "ms", target: 3000 },
  },
  {
    id: "aiGeneration",
    name: "AI generation time",
    objective: "90th percentile of AI generation time under 30 s over the last 30 days",
    allowedBadShare: 0.1,
    window: { kind: "rolling", days: 30 },
    events: "ai_slower_than_30s",
    badEvents: "AI generations slower than 30 s",
    measure: { kind: "quantile", q: 0.9, unit: "s", target: 30 },
  },
  {
    id: "errorRate",
    name: "Error rate",
    objective: "under 1 % of requests answered with a 5xx over the last 24 hours",
    allowedBadShare: 0.01,
    window: { kind: "rolling", days: 1 },
    events: "http_5xx",
    badEvents: "HTTP requests answered with a 5xx status",
    measure: { kind: "bad_percent" },
  },
];

/** The manual's business hours: 6 AM to 10 PM Pacific, every day. */
export const MANUAL_BUSINESS_HOURS = { timeZone: "America/Los_Angeles", startHour: 6, endHour: 22 } as const;

/** Validates a configuration (throws a ZodError naming the field otherwise). */
export function parseSloConfig(input: unknown): SloConfig {
  return SloConfigSchema.parse(input);
}
