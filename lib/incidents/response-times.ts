import type { Incident, IncidentSeverity } from "@/lib/store/types";
import { SEVERITIES, SEVERITY_IDS } from "./severity";
import { incidentTargets } from "./targets";

export interface SeverityResponseTimes {
  severity: IncidentSeverity;
  acknowledgeTargetMinutes: number;
  resolveTargetMinutes: number;
  /** Incidents opened in the window. */
  opened: number;
  /** Mean minutes from opening to acknowledgement, over those acknowledged in the window; null when none was. */
  mttaMinutes: number | null;
  /** Mean minutes from start to resolution, over those resolved in the window; null when none was. */
  mttrMinutes: number | null;
  acknowledged: number;
  resolved: number;
  /** Incidents of the window that missed (or, still open, have already missed) each target. */
  acknowledgeBreached: number;
  resolveBreached: number;
}

interface Window {
  from: Date;
  to: Date;
}

const inWindow = (iso: string | null, window: Window) => {
  if (iso === null) return false;
  const at = Date.parse(iso);
  return at >= window.from.getTime() && at < window.to.getTime();
};

const mean = (values: number[]) => (values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) / values.length);

/**
 * MTTA and MTTR per severity over `window` (incidents as `listIncidents`
 * returns them for it), with the targets breached, judged as of the window's end.
 */
export function responseTimesBySeverity(incidents: readonly Incident[], window: Window): SeverityResponseTimes[] {
  return SEVERITY_IDS.map((severity) => {
    const own = incidents.filter((incident) => incident.severity === severity);
    const timed = own.map((incident) => ({ incident, targets: incidentTargets(incident, window.to) }));
    const acknowledged = timed.filter(({ incident }) => inWindow(incident.acknowledgedAt, window));
    const resolved = timed.filter(({ incident }) => inWindow(incident.resolvedAt, window));
    return {
      severity,
      acknowledgeTargetMinutes: SEVERITIES[severity].acknowledgeMinutes,
      resolveTargetMinutes: SEVERITIES[severity].resolveMinutes,
      opened: own.filter((incident) => inWindow(incident.createdAt, window)).length,
      acknowledged: acknowledged.length,
      resolved: resolved.length,
      mttaMinutes: mean(acknowledged.map(({ targets }) => targets.minutesToAcknowledge ?? 0)),
      mttrMinutes: mean(resolved.map(({ targets }) => targets.minutesToResolve ?? 0)),
      acknowledgeBreached: timed.filter(({ targets }) => targets.acknowledgeBreached).length,
      resolveBreached: timed.filter(({ targets }) => targets.resolveBreached).length,
    };
  });
}
