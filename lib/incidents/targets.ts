import type { Incident } from "@/lib/store/types";
import { SEVERITIES } from "./severity";

const MINUTE_MS = 60_000;

export interface IncidentTargets {
  acknowledgeBy: string;
  resolveBy: string;
  /** Minutes from opening to acknowledgement; null while unacknowledged. */
  minutesToAcknowledge: number | null;
  /** Minutes from the start to resolution; null while unresolved. */
  minutesToResolve: number | null;
  /** Acknowledged late, or still unacknowledged past the target at `now`. */
  acknowledgeBreached: boolean;
  /** Resolved late, or still open past the target at `now`. */
  resolveBreached: boolean;
}

const minutesBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / MINUTE_MS;

/**
 * An incident against its severity's targets (manual 5.1): acknowledgement is
 * timed from opening (when someone could first know), resolution from the
 * start of the problem (what users lived through).
 */
export function incidentTargets(incident: Incident, now: Date): IncidentTargets {
  const level = SEVERITIES[incident.severity];
  const acknowledgeBy = Date.parse(incident.createdAt) + level.acknowledgeMinutes * MINUTE_MS;
  const resolveBy = Date.parse(incident.startedAt) + level.resolveMinutes * MINUTE_MS;
  const acknowledgedAt = incident.acknowledgedAt === null ? null : Date.parse(incident.acknowledgedAt);
  const resolvedAt = incident.resolvedAt === null ? null : Date.parse(incident.resolvedAt);
  return {
    acknowledgeBy: new Date(acknowledgeBy).toISOString(),
    resolveBy: new Date(resolveBy).toISOString(),
    minutesToAcknowledge: incident.acknowledgedAt === null ? null : minutesBetween(incident.createdAt, incident.acknowledgedAt),
    minutesToResolve: incident.resolvedAt === null ? null : minutesBetween(incident.startedAt, incident.resolvedAt),
    acknowledgeBreached: (acknowledgedAt ?? resolvedAt ?? now.getTime()) > acknowledgeBy,
    resolveBreached: (resolvedAt ?? now.getTime()) > resolveBy,
  };
}
