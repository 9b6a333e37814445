import type { Incident, IncidentSeverity, IncidentStatus, IncidentUpdate } from "@/lib/store/types";
import { SEVERITIES } from "./severity";
import { COMPONENT_WORDS, IMPACT_WORDS, LABELS, PHRASES, STATUS_WORDS } from "./template-words";

/** The manual's `IncidentUpdate` communication template (5.3), filled in from an incident. */
export interface IncidentCommunication {
  id: string;
  severity: IncidentSeverity;
  title: string;
  status: IncidentStatus;
  impact: string;
  timeline: string;
  nextUpdate: string;
  /** The latest update's words. */
  body: string;
  components: string[];
  updatedAt: string;
}

export type Audience = "internal" | "public";

/** `2026-12-03 14:30 UTC`: one zone for everyone who reads it. */
export function formatUtc(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/** The latest value a note field was given, in the updates the audience may see. */
function latest(updates: readonly IncidentUpdate[], field: "impact" | "timeline" | "nextUpdate"): string | null {
  for (let i = updates.length - 1; i >= 0; i--) {
    const value = updates[i]?.[field];
    if (value) return value;
  }
  return null;
}

/**
 * The template for an audience: the public one sees only public updates (the
 * status page, customer email), the internal one every update (Slack). The
 * latest update sets the body; impact, timeline and next update are the most
 * recent ones given, or words derived from the record.
 */
export function communicationOf(incident: Incident, audience: Audience): IncidentCommunication {
  const updates = audience === "public" ? incident.updates.filter((update) => update.public) : incident.updates;
  const last = updates.at(-1);
  const resolved = incident.status === "resolved";
  return {
    id: incident.id,
    severity: incident.severity,
    title: incident.title,
    status: incident.status,
    impact: latest(updates, "impact") ?? IMPACT_WORDS[incident.impact],
    timeline: latest(updates, "timeline") ?? PHRASES.timeline(formatUtc(incident.startedAt), STATUS_WORDS[incident.status]),
    nextUpdate: resolved ? PHRASES.nextUpdateResolved : (latest(updates.slice(-1), "nextUpdate") ?? PHRASES.nextUpdateOpen),
    body: last?.body ?? "",
    components: incident.components.map((component) => COMPONENT_WORDS[component]),
    updatedAt: last?.createdAt ?? incident.createdAt,
  };
}

/** `SEV1 (Critical)`. */
export const severityLabel = (severity: IncidentSeverity) => `${severity} (${SEVERITIES[severity].name})`;

/** The template's fields as label/value pairs, in the manual's order. */
export function templateFields(message: IncidentCommunication): [string, string][] {
  return [
    [LABELS.severity, severityLabel(message.severity)],
    [LABELS.status, STATUS_WORDS[message.status]],
    [LABELS.impact, message.impact],
    [LABELS.timeline, message.timeline],
    [LABELS.nextUpdate, message.nextUpdate],
    [LABELS.components, message.components.length > 0 ? message.components.join(", ") : LABELS.noComponents],
  ];
}
