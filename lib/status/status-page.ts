import "server-only";
import { DAY_MS } from "@/lib/analytics/windows";
import { getStore } from "@/lib/store";
import type { StatusComponent } from "@/lib/store/types";
import { loadMaintenance, type MaintenanceListing } from "./maintenance";
import { type PublicIncident, toPublicIncident } from "./public-incidents";
import { singleFlight } from "./single-flight";
import { type ComponentStatus, getStatus, type Indicator } from "./status";
import { UPTIME_DAYS_SHOWN } from "./uptime-days";
import { type ComponentUptime, loadUptimeHistory } from "./uptime-history";

/** Past incidents shown and put in the feeds. */
const HISTORY_DAYS = 90;
const PAGE_CACHE_MS = 5_000;

export interface StatusPageComponent {
  id: StatusComponent;
  name: string;
  status: ComponentStatus;
  uptime: ComponentUptime;
}

export interface StatusPageData {
  updatedAt: string;
  indicator: Indicator;
  description: string;
  components: StatusPageComponent[];
  activeIncidents: PublicIncident[];
  pastIncidents: PublicIncident[];
  maintenance: MaintenanceListing;
  /** False when the store could not be read: incidents and bars may be missing. */
  complete: boolean;
}

async function computeStatusPage(now: Date): Promise<StatusPageData> {
  const store = getStore();
  const [summary, incidents, uptime, maintenance] = await Promise.all([
    getStatus(),
    store.listIncidents({ since: new Date(now.getTime() - HISTORY_DAYS * DAY_MS), until: now }).catch(() => null),
    loadUptimeHistory({ store, now, days: UPTIME_DAYS_SHOWN }).catch(() => null),
    loadMaintenance({ store, now }),
  ]);
  const views = (incidents ?? []).map((incident) => toPublicIncident(incident, now));
  return {
    updatedAt: now.toISOString(),
    indicator: summary.status.indicator,
    description: summary.status.description,
    components: summary.components.map((component) => ({
      id: component.id,
      name: component.name,
      status: component.status,
      uptime: uptime?.[component.id] ?? { days: [], uptime: null },
    })),
    activeIncidents: views.filter((incident) => incident.status !== "resolved"),
    pastIncidents: views.filter((incident) => incident.status === "resolved"),
    maintenance,
    complete: incidents !== null && uptime !== null,
  };
}

const KEY = Symbol.for("marketplanai.statusPage");
type Holder = { [KEY]?: ReturnType<typeof singleFlight<StatusPageData>> };
const flight = () => {
  const holder = globalThis as Holder;
  holder[KEY] ??= singleFlight(PAGE_CACHE_MS, computeStatusPage);
  return holder[KEY];
};

/** What `/status`, its feeds and badge show: computed at most every 5 s, one computation in flight. */
export function getStatusPage(): Promise<StatusPageData> {
  return flight().get();
}

export function resetStatusPageCacheForTests(): void {
  flight().reset();
}
