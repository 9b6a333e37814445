import "server-only";
import { log } from "@/lib/log";
import { singleFlight } from "@/lib/status/single-flight";
import { getStore } from "@/lib/store";
import { loadAlertsPanel } from "./alerts";
import { loadHealthPanel } from "./health";
import { loadIncidentsPanel } from "./incidents";
import { loadInstancesPanel } from "./instances";
import { loadQuotaPanel } from "./quota";
import { loadSeriesPanel } from "./series";
import { loadSloPanel } from "./slo";
import { loadTrafficPanel } from "./traffic";
import type { DashboardData, Panel } from "./types";
import { loadVitalsPanel } from "./vitals";

/** One panel's figures, or why they are missing: a failing reader never blanks the others. */
async function panel<T>(name: string, load: () => Promise<T>): Promise<Panel<T>> {
  try {
    return { ok: true, data: await load() };
  } catch (error) {
    log.warn("ops.dashboard_panel_failed", { panel: name, error: error instanceof Error ? error.message.split("\n")[0] : "" });
    return { ok: false, error: "These figures could not be read just now; they are retried on the next refresh." };
  }
}

async function computeDashboard(now: Date): Promise<DashboardData> {
  const args = { store: getStore(), now };
  const [health, traffic, instances, series24h, series7d, alerts, incidents, slo, quota, vitals] = await Promise.all([
    panel("health", loadHealthPanel),
    panel("traffic", () => loadTrafficPanel(args)),
    panel("instances", () => loadInstancesPanel(args)),
    panel("series24h", () => loadSeriesPanel(args, "24h")),
    panel("series7d", () => loadSeriesPanel(args, "7d")),
    panel("alerts", () => loadAlertsPanel(args)),
    panel("incidents", () => loadIncidentsPanel(args)),
    panel("slo", () => loadSloPanel(args)),
    panel("quota", () => loadQuotaPanel(args)),
    panel("vitals", () => loadVitalsPanel(args)),
  ]);
  return {
    generatedAt: now.toISOString(),
    health,
    traffic,
    instances,
    series24h,
    series7d,
    alerts,
    incidents,
    slo,
    quota,
    vitals,
  };
}

const KEY = Symbol.for("marketplanai.opsDashboard");
type Holder = { [KEY]?: ReturnType<typeof singleFlight<DashboardData>> };
// Short: an acknowledged incident should show as such on the next poll.
const DASHBOARD_CACHE_MS = 2_000;

/** Every panel of /ops, shared by the page and GET /api/ops/dashboard; one computation in flight. */
export function loadDashboard(): Promise<DashboardData> {
  const holder = globalThis as Holder;
  holder[KEY] ??= singleFlight(DASHBOARD_CACHE_MS, computeDashboard);
  return holder[KEY].get();
}

export function resetDashboardCacheForTests(): void {
  (globalThis as Holder)[KEY]?.reset();
}
