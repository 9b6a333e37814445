import type { z } from "zod";
import { BACKUP_STALE_AFTER_HOURS } from "@/lib/backup/heartbeat";
import { type AlertRuleSchema, parseRules } from "./rule-types";

/**
 * The alert rules: the manual's fixed rules (§3.2) with their notification
 * lists and response times, then the SLO burn-rate alerts. Adding a rule is
 * adding an entry here; a rule on a new figure also needs its reader in
 * metric-readers.ts. Windows and minimum counts are this project's choice
 * (the manual names only thresholds): see docs/operations.md, SLOs and alerts.
 */
const RULES: z.input<typeof AlertRuleSchema>[] = [
  // Critical (the manual: immediate response required).
  {
    kind: "threshold",
    id: "service-down",
    name: "Service Down",
    severity: "critical",
    metric: "uptime_percent",
    comparison: "below",
    threshold: 99,
    windowMinutes: 60,
    minEvents: 10,
    notify: ["pagerduty", "sms", "email"],
    responseMinutes: 5,
    components: ["application"],
    incidentSeverity: "SEV1",
  },
  {
    kind: "threshold",
    id: "ai-service-failure",
    name: "AI Service Failure",
    severity: "critical",
    metric: "ai_success_rate_percent",
    comparison: "below",
    threshold: 90,
    windowMinutes: 15,
    minEvents: 10,
    notify: ["pagerduty", "slack"],
    responseMinutes: 10,
    components: ["ai_service"],
  },
  {
    kind: "threshold",
    id: "high-error-rate",
    name: "High Error Rate",
    severity: "critical",
    metric: "error_rate_percent",
    comparison: "above",
    threshold: 5,
    windowMinutes: 5,
    minEvents: 20,
    notify: ["pagerduty", "email"],
    responseMinutes: 15,
    components: ["application"],
  },
  {
    kind: "threshold",
    id: "performance-degradation",
    name: "Performance Degradation",
    severity: "critical",
    metric: "response_time_p95_ms",
    comparison: "above",
    threshold: 10_000,
    windowMinutes: 5,
    minEvents: 20,
    notify: ["slack", "email"],
    responseMinutes: 30,
    components: ["application"],
  },
  // Warnings (the manual: monitor and plan response).
  {
    kind: "threshold",
    id: "elevated-error-rate",
    name: "Elevated Error Rate",
    severity: "warning",
    metric: "error_rate_percent",
    comparison: "above",
    threshold: 2,
    windowMinutes: 5,
    minEvents: 20,
    notify: ["slack"],
    responseMinutes: null,
    components: ["application"],
  },
  {
    kind: "threshold",
    id: "slow-response-time",
    name: "Slow Response Time",
    severity: "warning",
    metric: "response_time_p95_ms",
    comparison: "above",
    threshold: 5_000,
    windowMinutes: 5,
    minEvents: 20,
    notify: ["slack"],
    responseMinutes: null,
    components: ["application"],
  },
  {
    kind: "threshold",
    id: "ai-quota-warning",
    name: "AI Quota Warning",
    severity: "warning",
    metric: "ai_quota_used_percent",
    comparison: "above",
    threshold: 80,
    windowMinutes: 1,
    minEvents: 0,
    notify: ["email", "slack"],
    responseMinutes: null,
    components: ["ai_service"],
  },
  {
    kind: "threshold",
    id: "high-traffic",
    name: "High Traffic",
    severity: "warning",
    metric: "requests_per_minute",
    comparison: "above",
    threshold: 1000,
    windowMinutes: 1,
    minEvents: 0,
    notify: ["slack"],
    responseMinutes: null,
    components: ["application"],
  },
  // The manual's backup policy (§7.1: daily, encryption required): a daily backup that missed a run, plus slack.
  {
    kind: "threshold",
    id: "backup-missing",
    name: "No Successful Backup",
    severity: "warning",
    metric: "hours_since_backup",
    comparison: "above",
    threshold: BACKUP_STALE_AFTER_HOURS,
    windowMinutes: 1,
    minEvents: 1,
    notify: ["slack", "email"],
    responseMinutes: null,
    components: ["database"],
  },
  // SLO burn rates (SRE workbook): page on fast burns, ticket on slow ones.
  ...(["availability", "errorRate", "responseTime"] as const).flatMap((slo) => {
    const name = { availability: "Availability", errorRate: "Error rate", responseTime: "Latency" }[slo];
    const id = { availability: "availability", errorRate: "errors", responseTime: "latency" }[slo];
    return [
      {
        kind: "burn_rate" as const,
        id: `${id}-burn-page`,
        name: `${name} SLO burning fast`,
        severity: "critical" as const,
        slo,
        tiers: "page" as const,
        minEvents: 20,
        notify: ["pagerduty" as const, "slack" as const],
        responseMinutes: 15,
        components: ["application" as const],
      },
      {
        kind: "burn_rate" as const,
        id: `${id}-burn-ticket`,
        name: `${name} SLO burning slowly`,
        severity: "warning" as const,
        slo,
        tiers: "ticket" as const,
        minEvents: 100,
        notify: ["slack" as const, "email" as const],
        responseMinutes: null,
        components: ["application" as const],
      },
    ];
  }),
];

export const ALERT_RULES = parseRules(RULES);
