import type { IncidentInput, RollupCounters, Store } from "@/lib/store/types";
import { buildPlanRecord } from "@/tests/support/store-fixtures";

/**
 * A week of known activity for the analytics tests, as seen at `SEED_NOW`
 * (a Wednesday, 30 s into 12:00 UTC). Every figure the endpoints must answer
 * is worked out by hand in `SEED_FIGURES`.
 */
export const SEED_NOW = new Date("2025-03-12T12:00:30.000Z");

const ago = (ms: number) => new Date(SEED_NOW.getTime() - ms);
const HOUR = 3600_000;
const DAY = 24 * HOUR;
const at = (iso: string) => new Date(iso);

// This week is 2025-03-06..12 (UTC days), last week 2025-02-27..03-05.
const ACTIVITY: { user: string; at: Date }[] = [
  { user: "u-last-week-only", at: at("2025-03-01T09:00:00Z") },
  { user: "u-returning-1", at: at("2025-03-02T10:00:00Z") },
  { user: "u-returning-2", at: at("2025-03-03T11:00:00Z") },
  { user: "u-new-inactive", at: ago(3 * DAY) },
  { user: "u-new-active", at: ago(3 * HOUR) },
  { user: "u-returning-2", at: ago(2 * HOUR) },
  { user: "u-returning-1", at: ago(1 * HOUR) },
];

const minute = (iso: string) => at(iso);
const ROLLUPS: { instanceId: string; minute: Date; counters: RollupCounters }[] = [
  // The last complete minute (11:59), from two instances.
  {
    instanceId: "host-a-1",
    minute: minute("2025-03-12T11:59:00Z"),
    counters: {
      http_requests: 7,
      "http_status.2xx": 6,
      "http_status.5xx": 1,
      "http_latency_ms.le_50": 4,
      "http_latency_ms.le_100": 2,
      "http_latency_ms.le_5000": 1,
      "http_latency_ms.sum": 4280,
      "http_latency_ms.count": 7,
      "ai_generations.gemini.ok": 1,
      "ai_generations.gemini.failed": 1,
      "ai_latency_s.le_10": 2,
      probe_checks: 60,
      probe_passed: 59,
    },
  },
  {
    instanceId: "host-b-2",
    minute: minute("2025-03-12T11:59:00Z"),
    counters: {
      http_requests: 5,
      "http_status.2xx": 5,
      "http_latency_ms.le_50": 2,
      "http_latency_ms.le_100": 2,
      "http_latency_ms.le_250": 1,
      "http_latency_ms.sum": 380,
      "http_latency_ms.count": 5,
      "ai_generations.gemini.ok": 1,
      "ai_generations.builtin.fallback": 1,
      "ai_generations.gemini.cancelled": 1,
      "ai_latency_s.le_5": 1,
      "ai_latency_s.le_45": 1,
      ai_fallbacks: 1,
      probe_checks: 60,
      probe_passed: 60,
    },
  },
  // The minute before: in every window but rpm's.
  {
    instanceId: "host-a-1",
    minute: minute("2025-03-12T11:58:00Z"),
    counters: {
      http_requests: 3,
      "http_status.2xx": 3,
      "http_latency_ms.le_100": 3,
      "http_latency_ms.sum": 180,
      "http_latency_ms.count": 3,
    },
  },
  // The current minute, partly flushed: not complete, so not rpm's.
  {
    instanceId: "host-b-2",
    minute: minute("2025-03-12T12:00:00Z"),
    counters: {
      http_requests: 2,
      "http_status.2xx": 1,
      "http_status.4xx": 1,
      "http_latency_ms.le_50": 2,
      "http_latency_ms.sum": 90,
      "http_latency_ms.count": 2,
    },
  },
  // Started 24 h 30 s ago: outside the last 24 h, inside the week.
  {
    instanceId: "host-b-2",
    minute: minute("2025-03-11T12:00:00Z"),
    counters: { "ai_generations.gemini.ok": 5, "ai_latency_s.le_10": 5 },
  },
  // Three days ago.
  {
    instanceId: "host-a-1",
    minute: minute("2025-03-09T10:00:00Z"),
    counters: {
      http_requests: 23,
      "http_status.2xx": 23,
      "http_latency_ms.le_25": 20,
      "http_latency_ms.le_250": 2,
      "http_latency_ms.le_2000": 1,
      "http_latency_ms.sum": 2500,
      "http_latency_ms.count": 23,
      "ai_generations.gemini.ok": 2,
      "ai_latency_s.le_20": 2,
    },
  },
  // Eight days ago: outside every window.
  {
    instanceId: "host-b-2",
    minute: minute("2025-03-04T12:00:00Z"),
    counters: {
      http_requests: 100,
      "http_status.5xx": 100,
      "http_latency_ms.le_inf": 100,
      "http_latency_ms.sum": 6_000_000,
      "http_latency_ms.count": 100,
      "ai_generations.gemini.failed": 10,
      probe_checks: 10,
      probe_passed: 0,
    },
  },
];

function incident(id: string, createdAt: string, severity: IncidentInput["severity"]): IncidentInput {
  return {
    id,
    title: `Incident ${id}`,
    severity,
    status: "investigating",
    impact: "minor",
    components: ["ai_service"],
    createdAt,
    resolvedAt: null,
    updates: [{ status: "investigating", body: "Looking into it.", createdAt }],
  };
}

/** What the seeded data must read as, worked out by hand (see the comments). */
export const SEED_FIGURES = {
  usersActive24h: 3, // u-new-active, u-returning-1, u-returning-2
  plansCreated24h: 2, // one of them deleted; the plan of 2 days ago is out
  aiGenerations24h: 4, // 11:59: ok 2, failed 1, fallback 1 (the cancelled one is not counted)
  requestsPerMinute: 12, // 11:59: 7 + 5
  errorRate24hPercent: 5.882, // 1 server error in 17 requests (11:58 to the current minute)
  uptimePercent: 99.167, // 119 of 120 probe checks
  responseTimeMeanMs: 185.75, // (4280 + 380 + 180 + 90 + 2500) ms / 40 requests
  responseTimeP50Ms: 25, // rank 20 is the last of the 20 in (10, 25]
  responseTimeP95Ms: 250, // rank 38 is the last of the 3 in (100, 250]
  aiGenerationsWeekly: 11, // ok 9, fallback 1, failed 1
  aiSuccessRatePercent: 81.818, // 9 / 11
  aiP90Seconds: 19.5, // rank 9.9 is 1.9 into the 2 in (10, 20]
  weeklyActiveUsers: 4,
  newUsersWeekly: 2, // u-new-active, u-new-inactive
  retentionPercent: 66.667, // 2 of the 3 active last week
  incidentsWeekly: 2,
  incidentResolutionMinutes: 30,
  /** Per severity: SEV1 inc-open (both targets missed), SEV2 inc-resolved (MTTA 10, MTTR 30). */
  incidentSev1: {
    opened: 1,
    acknowledged: 0,
    resolved: 0,
    mttaMinutes: null,
    mttrMinutes: null,
    acknowledgeBreached: 1,
    resolveBreached: 1,
  },
  incidentSev2: {
    opened: 1,
    acknowledged: 1,
    resolved: 1,
    mttaMinutes: 10,
    mttrMinutes: 30,
    acknowledgeBreached: 0,
    resolveBreached: 0,
  },
} as const;

export async function seedAnalytics(store: Store): Promise<void> {
  for (const { user, at } of ACTIVITY) await store.touchUser({ id: user, kind: "anonymous", at });

  const deleted = buildPlanRecord({ ownerId: "u-returning-1", createdAt: ago(5 * HOUR) });
  await store.createPlan({ record: buildPlanRecord({ ownerId: "u-new-active", createdAt: ago(3 * HOUR) }) });
  await store.createPlan({ record: deleted });
  await store.softDeletePlan({ id: deleted.id, at: ago(4 * HOUR) });
  await store.createPlan({ record: buildPlanRecord({ ownerId: "u-new-inactive", createdAt: ago(2 * DAY) }) });

  for (const rollup of ROLLUPS) await store.addRollup(rollup);

  // SEV2, acknowledged after 10 minutes and resolved 30 minutes after it opened, two days ago: within both targets.
  await store.createIncident({ incident: incident("inc-resolved", "2025-03-10T08:00:00.000Z", "SEV2") });
  await store.transitionIncident({
    id: "inc-resolved",
    change: (current) => ({ ...current, acknowledgedAt: "2025-03-10T08:10:00.000Z" }),
  });
  await store.addIncidentUpdate({
    id: "inc-resolved",
    update: { status: "resolved", body: "Fixed.", createdAt: "2025-03-10T08:30:00.000Z" },
  });
  // SEV1, still open and unacknowledged an hour later: past both its targets (15 min, 1 h).
  await store.createIncident({ incident: incident("inc-open", "2025-03-12T11:00:00.000Z", "SEV1") });
  // Opened and resolved the week before: in neither figure.
  await store.createIncident({ incident: incident("inc-old", "2025-03-03T08:00:00.000Z", "SEV3") });
  await store.addIncidentUpdate({
    id: "inc-old",
    update: { status: "resolved", body: "Fixed.", createdAt: "2025-03-03T10:00:00.000Z" },
  });
}
