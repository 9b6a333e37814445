import "server-only";
import type { Incident } from "@/lib/store/types";
import { type MetricReading, type ReadArgs, reading } from "./reading";
import { MINUTE_MS, rollingWindow, type TimeWindow, WEEK_MS } from "./windows";

const within = (iso: string, window: TimeWindow) => {
  const at = Date.parse(iso);
  return at >= window.from.getTime() && at < window.to.getTime();
};

/**
 * Incidents opened in `window`, and the mean minutes from the start of the
 * problem (the opening unless someone said otherwise) to resolution of those
 * resolved in it: the MTTR over every severity.
 */
export function summarizeIncidents(incidents: readonly Incident[], window: TimeWindow) {
  const opened = incidents.filter((incident) => within(incident.createdAt, window));
  const minutesToResolve = incidents.flatMap((incident) =>
    incident.resolvedAt !== null && within(incident.resolvedAt, window)
      ? [(Date.parse(incident.resolvedAt) - Date.parse(incident.startedAt)) / MINUTE_MS]
      : [],
  );
  const meanResolutionMinutes =
    minutesToResolve.length === 0 ? null : minutesToResolve.reduce((sum, minutes) => sum + minutes, 0) / minutesToResolve.length;
  return { opened: opened.length, resolved: minutesToResolve.length, meanResolutionMinutes };
}

/** The rolling 7 × 24 h before `now` and the incidents that overlap it. */
export async function loadWeekIncidents({ store, now }: ReadArgs): Promise<{ window: TimeWindow; incidents: Incident[] }> {
  const window = rollingWindow(now, WEEK_MS);
  return { window, incidents: await store.listIncidents({ since: window.from, until: window.to }) };
}

export async function readIncidentsWeekly(args: ReadArgs): Promise<MetricReading> {
  const { window, incidents } = await loadWeekIncidents(args);
  return reading("incidents_weekly", summarizeIncidents(incidents, window).opened, "incidents", window, args.now);
}

export async function readIncidentResolutionWeekly(args: ReadArgs): Promise<MetricReading> {
  const { window, incidents } = await loadWeekIncidents(args);
  const { meanResolutionMinutes } = summarizeIncidents(incidents, window);
  return reading("incident_resolution_mean_weekly", meanResolutionMinutes, "minutes", window, args.now);
}
