import { z } from "zod";
import { AlertSeveritySchema, DedupKeySchema } from "@/lib/store/alert-records";
import { IncidentSeveritySchema, StatusComponentSchema } from "@/lib/store/observability-records";

/** Where a notification can go; the manual's "sms" reaches people through PagerDuty's own notification rules. */
export const ChannelSchema = z.enum(["pagerduty", "sms", "slack", "email", "webhook"]);
export type Channel = z.infer<typeof ChannelSchema>;

/** The figures rules read; each has one reader in metric-readers.ts. */
export const METRICS = {
  uptime_percent: { label: "uptime", unit: "%" },
  ai_success_rate_percent: { label: "AI success rate", unit: "%" },
  error_rate_percent: { label: "error rate (5xx)", unit: "%" },
  response_time_p95_ms: { label: "p95 response time", unit: " ms" },
  ai_quota_used_percent: { label: "Gemini quota used", unit: "%" },
  requests_per_minute: { label: "requests a minute", unit: "" },
  hours_since_backup: { label: "hours since the last successful backup", unit: " h" },
} as const;
export const MetricNameSchema = z.enum(Object.keys(METRICS) as [keyof typeof METRICS, ...(keyof typeof METRICS)[]]);
export type MetricName = z.infer<typeof MetricNameSchema>;

const common = {
  id: DedupKeySchema,
  name: z.string().min(1).max(120),
  severity: AlertSeveritySchema,
  /** The manual's notification list for the rule. */
  notify: z.array(ChannelSchema).min(1),
  /** The manual's response time; null where it names none. */
  responseMinutes: z.number().int().positive().nullable(),
  /** Parts of the service an incident opened by this rule affects. */
  components: z.array(StatusComponentSchema).min(1),
  /** The severity of the incident a critical alert opens (manual 5.1: a complete outage is SEV1). */
  incidentSeverity: IncidentSeveritySchema.default("SEV2"),
  /** Fewer events than this in a window and the rule says nothing (low traffic makes ratios noise). */
  minEvents: z.number().int().nonnegative(),
};

/** A fixed threshold on a metric over the last `windowMinutes`. */
export const ThresholdRuleSchema = z.object({
  ...common,
  kind: z.literal("threshold"),
  metric: MetricNameSchema,
  windowMinutes: z
    .number()
    .int()
    .min(1)
    .max(60 * 24 * 35),
  comparison: z.enum(["above", "below"]),
  threshold: z.number().finite(),
});

/** Multi-window burn rate of an SLO's error budget (lib/alerts/burn-rate.ts). */
export const BurnRateRuleSchema = z.object({
  ...common,
  kind: z.literal("burn_rate"),
  slo: z.enum(["availability", "responseTime", "errorRate"]),
  tiers: z.enum(["page", "ticket"]),
});

export const AlertRuleSchema = z.discriminatedUnion("kind", [ThresholdRuleSchema, BurnRateRuleSchema]);
export type AlertRule = z.infer<typeof AlertRuleSchema>;
export type ThresholdRule = z.infer<typeof ThresholdRuleSchema>;
export type BurnRateRule = z.infer<typeof BurnRateRuleSchema>;

/** Validates a rule list: ids unique. */
export function parseRules(input: unknown): AlertRule[] {
  const rules = z.array(AlertRuleSchema).parse(input);
  const ids = new Set<string>();
  for (const rule of rules) {
    if (ids.has(rule.id)) throw new Error(`Alert rule id ${rule.id} is used twice`);
    ids.add(rule.id);
  }
  return rules;
}
