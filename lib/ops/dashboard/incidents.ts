import "server-only";
import { z } from "zod";
import type { ReadArgs } from "@/lib/analytics/reading";
import { incidentSeverity } from "@/lib/status/public-incidents";
import type { Incident } from "@/lib/store/types";
import type { IncidentRow } from "./types";

// Read leniently: records written before acknowledgement existed have no such field.
const AcknowledgedField = z.object({ acknowledgedAt: z.string().datetime() });

/** The on-call's view of an incident: every update counts, internal ones too. */
export function toIncidentRow(incident: Incident): IncidentRow {
  const last = incident.updates.at(-1);
  const acknowledged = AcknowledgedField.safeParse(incident);
  return {
    id: incident.id,
    title: incident.title,
    status: incident.status,
    impact: incident.impact,
    severity: incidentSeverity(incident),
    startedAt: incident.createdAt,
    acknowledgedAt: acknowledged.success ? acknowledged.data.acknowledgedAt : null,
    lastUpdate: last ? { status: last.status, body: last.body, at: last.createdAt } : null,
  };
}

/** Incidents not yet resolved, newest first. */
export async function loadIncidentsPanel({ store, now }: ReadArgs): Promise<IncidentRow[]> {
  const incidents = await store.listIncidents({ since: now, until: now });
  return incidents.filter((incident) => incident.status !== "resolved").map(toIncidentRow);
}
