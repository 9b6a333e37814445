import "server-only";
import { counterValue } from "@/lib/analytics/rollups";
import { getEnv } from "@/lib/env";
import { computeAiHealth } from "@/lib/health/ai-health";
import { checkStore } from "@/lib/health/health";
import { minuteStart } from "@/lib/metrics/minute-counters";
import { RollupKey } from "@/lib/metrics/rollup-keys";
import { getStore } from "@/lib/store";
import type { Incident, IncidentImpact, StatusComponent } from "@/lib/store/types";

/** Statuspage's vocabulary. */
export type ComponentStatus = "operational" | "degraded_performance" | "partial_outage" | "major_outage";
export type Indicator = "none" | "minor" | "major" | "critical";

const COMPONENT_RANK: Record<ComponentStatus, number> = {
  operational: 0,
  degraded_performance: 1,
  partial_outage: 2,
  major_outage: 3,
};
const INDICATORS: readonly Indicator[] = ["none", "minor", "major", "critical"];
const DESCRIPTIONS: Record<Indicator, string> = {
  none: "All Systems Operational",
  minor: "Minor Service Outage",
  major: "Partial System Outage",
  critical: "Major Service Outage",
};
const IMPACT_TO_COMPONENT: Record<IncidentImpact, ComponentStatus> = {
  none: "operational",
  minor: "degraded_performance",
  major: "partial_outage",
  critical: "major_outage",
};
const NAMES: Record<StatusComponent, string> = { application: "Application", ai_service: "AI Service", database: "Database" };

/** Error rate over the last complete minutes, all instances; thresholds from the manual's alert rules. */
export const ERROR_WINDOW_MINUTES = 5;
const ERROR_RATE_DEGRADED = 0.01;
const ERROR_RATE_OUTAGE = 0.05;
/** Below this many requests in the window the error rate says nothing. */
const ERROR_RATE_MIN_REQUESTS = 20;

const worse = (a: ComponentStatus, b: ComponentStatus) => (COMPONENT_RANK[b] > COMPONENT_RANK[a] ? b : a);

export interface StatusComponentView {
  id: StatusComponent;
  name: string;
  status: ComponentStatus;
  description: string;
  updated_at: string;
}

export interface StatusIncidentView {
  id: string;
  name: string;
  status: Incident["status"];
  impact: IncidentImpact;
  created_at: string;
  updated_at: string;
  resolved_at: string | null;
  components: StatusComponent[];
  incident_updates: { status: Incident["status"]; body: string; created_at: string }[];
}

export interface StatusSummary {
  page: { id: string; name: string; updated_at: string };
  status: { indicator: Indicator; description: string };
  components: StatusComponentView[];
  incidents: StatusIncidentView[];
}

function applicationStatus(counters: Record<string, number>, storeDown: boolean): { status: ComponentStatus; why: string } {
  const requests = counterValue(counters, RollupKey.httpRequests);
  const errors = counterValue(counters, RollupKey.httpStatus("5xx"));
  const rate = requests > 0 ? errors / requests : 0;
  let status: ComponentStatus = "operational";
  let why = `${errors} of ${requests} requests failed in the last ${ERROR_WINDOW_MINUTES} minutes.`;
  if (requests >= ERROR_RATE_MIN_REQUESTS && rate >= ERROR_RATE_OUTAGE) status = "partial_outage";
  else if (requests >= ERROR_RATE_MIN_REQUESTS && rate >= ERROR_RATE_DEGRADED) status = "degraded_performance";
  if (storeDown) {
    status = worse(status, "partial_outage");
    why = `Plans cannot be saved or opened while the database is unreachable. ${why}`;
  }
  return { status, why };
}

/** The public view of an incident: internal updates (acknowledgements, on-call notes) never reach the status page. */
export function toIncidentView(incident: Incident): StatusIncidentView {
  const updates = incident.updates.filter((update) => update.public);
  const last = updates.at(-1);
  return {
    id: incident.id,
    name: incident.title,
    status: incident.status,
    impact: incident.impact,
    created_at: incident.createdAt,
    updated_at: last?.createdAt ?? incident.createdAt,
    resolved_at: incident.resolvedAt,
    components: incident.components,
    incident_updates: [...updates].reverse().map((u) => ({ status: u.status, body: u.body, created_at: u.createdAt })),
  };
}

/**
 * The status page summary: Application, AI Service and Database, each from
 * what the app measures (error rate, AI health, the store's response), made
 * worse by any active incident naming it; the page indicator is the worst of
 * the components and the incidents' impact.
 */
export async function computeStatus(now = new Date()): Promise<StatusSummary> {
  const env = getEnv();
  const store = getStore();
  const to = minuteStart(now);
  const [database, ai, rollups, incidents] = await Promise.all([
    checkStore(env, now),
    computeAiHealth(now),
    store.sumRollupCounters({ from: new Date(to - ERROR_WINDOW_MINUTES * 60_000), to: new Date(to) }).catch(() => null),
    store.listIncidents({ since: now, until: now }).catch(() => null),
  ]);
  const active = (incidents ?? []).filter((incident) => incident.status !== "resolved");
  const storeDown = database.status === "fail";

  const statuses: Record<StatusComponent, { status: ComponentStatus; why: string }> = {
    database: {
      status: storeDown ? "major_outage" : database.status === "warn" ? "degraded_performance" : "operational",
      why: database.output ?? `The ${env.store} store answered in ${database.observedValue} ms.`,
    },
    ai_service: {
      status:
        ai.status === "pass"
          ? "operational"
          : ai.checks["gemini:reachability"]?.[0]?.status === "warn"
            ? "partial_outage"
            : "degraded_performance",
      why: ai.output ?? "Plans are written by the configured model.",
    },
    application: applicationStatus(rollups ?? {}, storeDown),
  };
  for (const incident of active) {
    for (const component of incident.components) {
      const current = statuses[component];
      const next = worse(current.status, IMPACT_TO_COMPONENT[incident.impact]);
      if (next !== current.status) statuses[component] = { status: next, why: `Incident: ${incident.title}` };
    }
  }

  const components = (Object.keys(NAMES) as StatusComponent[]).map((id) => ({
    id,
    name: NAMES[id],
    status: statuses[id].status,
    description: statuses[id].why,
    updated_at: now.toISOString(),
  }));
  const componentIndicator = Math.max(...components.map((c) => COMPONENT_RANK[c.status]));
  const incidentIndicator = Math.max(0, ...active.map((incident) => INDICATORS.indexOf(incident.impact)));
  const indicator = INDICATORS[Math.max(componentIndicator, incidentIndicator)] ?? "critical";
  return {
    page: { id: "marketplanai", name: "MarketPlanAI", updated_at: now.toISOString() },
    status: { indicator, description: DESCRIPTIONS[indicator] },
    components,
    incidents: active.map(toIncidentView),
  };
}

interface Cached {
  at: number;
  summary: Promise<StatusSummary>;
}
const KEY = Symbol.for("marketplanai.status");
type Holder = { [KEY]?: Cached };
const STATUS_CACHE_MS = 5_000;

/** The status summary, computed at most every 5 s with one computation in flight. */
export function getStatus(): Promise<StatusSummary> {
  const holder = globalThis as Holder;
  const now = Date.now();
  const cached = holder[KEY];
  if (cached && now - cached.at < STATUS_CACHE_MS) return cached.summary;
  const summary = computeStatus(new Date(now));
  holder[KEY] = { at: now, summary };
  summary.catch(() => {
    if (holder[KEY]?.summary === summary) holder[KEY] = undefined;
  });
  return summary;
}

export function resetStatusCacheForTests(): void {
  (globalThis as Holder)[KEY] = undefined;
}
