import "server-only";
import {
  readNewUsersWeekly,
  readPlansCreated24h,
  readRetentionWeekly,
  readUsersActive24h,
  readWeeklyActiveUsers,
} from "@/lib/analytics/activity";
import { readIncidentResolutionWeekly, readIncidentsWeekly } from "@/lib/analytics/incidents";
import type { MetricReading, ReadArgs } from "@/lib/analytics/reading";
import {
  readAiGenerations24h,
  readAiGenerationsWeekly,
  readErrorRate24h,
  readRequestsPerMinute,
  readResponseTimeWeekly,
  readUptimeWeekly,
} from "@/lib/analytics/traffic";

export interface OneNumber {
  path: string;
  /** The `metric` name the reading carries. */
  metric: string;
  unit: string;
  /** The window in words, as docs/operations.md defines it. */
  window: string;
  /** What the number counts, in one sentence. */
  definition: string;
  read: (args: ReadArgs) => Promise<MetricReading>;
}

const WEEK = "rolling 7 × 24 h";
const DAY = "rolling 24 h";
const UTC_WEEK = "the last 7 UTC days, today included";

/**
 * Every one-number endpoint (ops token; the bare number as text, or JSON on
 * request): the route files, their tests, the docs and the weekly report read this.
 */
export const ONE_NUMBERS = [
  {
    path: "/api/analytics/users/24h",
    metric: "users_active_24h",
    unit: "users",
    window: DAY,
    definition: "Distinct users active in the last 24 h.",
    read: readUsersActive24h,
  },
  {
    path: "/api/analytics/plans/24h",
    metric: "plans_created_24h",
    unit: "plans",
    window: DAY,
    definition: "Plans created in the last 24 h, deleted ones included.",
    read: readPlansCreated24h,
  },
  {
    path: "/api/analytics/ai/24h",
    metric: "ai_generations_24h",
    unit: "generations",
    window: DAY,
    definition: "AI generations (plans and sections) that ran to an end in the last 24 h.",
    read: readAiGenerations24h,
  },
  {
    path: "/api/metrics/rpm",
    metric: "requests_per_minute",
    unit: "requests/min",
    window: "the last complete UTC minute",
    definition: "Requests in the last complete UTC minute, over all instances.",
    read: readRequestsPerMinute,
  },
  {
    path: "/api/metrics/error-rate/24h",
    metric: "error_rate_24h",
    unit: "percent",
    window: DAY,
    definition: "Server errors (5xx) over all requests in the last 24 h: the manual's daily error-rate check.",
    read: readErrorRate24h,
  },
  {
    path: "/api/metrics/uptime/weekly",
    metric: "uptime_weekly",
    unit: "percent",
    window: WEEK,
    definition: "Probe rounds where every endpoint passed over all probe rounds in the last 7 days.",
    read: readUptimeWeekly,
  },
  {
    path: "/api/metrics/response-time/weekly",
    metric: "response_time_mean_weekly",
    unit: "ms",
    window: WEEK,
    definition: "Mean HTTP response time over the last 7 days.",
    read: readResponseTimeWeekly,
  },
  {
    path: "/api/metrics/ai-generations/weekly",
    metric: "ai_generations_weekly",
    unit: "generations",
    window: WEEK,
    definition: "AI generations that ran to an end in the last 7 days.",
    read: readAiGenerationsWeekly,
  },
  {
    path: "/api/metrics/wau",
    metric: "weekly_active_users",
    unit: "users",
    window: UTC_WEEK,
    definition: "Distinct users active in the last 7 UTC days, today included.",
    read: readWeeklyActiveUsers,
  },
  {
    path: "/api/metrics/new-users/weekly",
    metric: "new_users_weekly",
    unit: "users",
    window: UTC_WEEK,
    definition: "Users first seen in the last 7 UTC days, today included.",
    read: readNewUsersWeekly,
  },
  {
    path: "/api/metrics/retention/weekly",
    metric: "retention_weekly",
    unit: "percent",
    window: "this UTC week against the one before",
    definition: "Share of last week's active users active again this week.",
    read: readRetentionWeekly,
  },
  {
    path: "/api/incidents/weekly/count",
    metric: "incidents_weekly",
    unit: "incidents",
    window: WEEK,
    definition: "Incidents opened in the last 7 days.",
    read: readIncidentsWeekly,
  },
  {
    path: "/api/incidents/weekly/avg-resolution",
    metric: "incident_resolution_mean_weekly",
    unit: "minutes",
    window: WEEK,
    definition: "Mean minutes from start to resolution of the incidents resolved in the last 7 days (MTTR).",
    read: readIncidentResolutionWeekly,
  },
] as const satisfies readonly OneNumber[];

export type OneNumberPath = (typeof ONE_NUMBERS)[number]["path"];

export function oneNumberAt(path: OneNumberPath): OneNumber {
  const entry = ONE_NUMBERS.find((candidate) => candidate.path === path);
  if (!entry) throw new Error(`No one-number endpoint at ${path}`);
  return entry;
}
