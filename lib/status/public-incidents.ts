import { z } from "zod";
import type { Incident, IncidentImpact, IncidentStatus, StatusComponent } from "@/lib/store/types";

/**
 * The one place an Incident becomes what the public may see: the status page,
 * its feeds and the banner read this, never the record. Internal updates
 * (a `public: false` flag on an update) and anything not listed here stay out.
 * Severity and the public flag are read leniently so records written before
 * those fields existed still convert.
 */

export const SEVERITIES = ["SEV1", "SEV2", "SEV3", "SEV4"] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface PublicIncidentUpdate {
  status: IncidentStatus;
  body: string;
  at: string;
}

export interface PublicIncident {
  id: string;
  title: string;
  status: IncidentStatus;
  impact: IncidentImpact;
  severity: Severity | null;
  components: StatusComponent[];
  startedAt: string;
  resolvedAt: string | null;
  /** Milliseconds from start to resolution (to `now` while active). */
  durationMs: number;
  /** Newest first, public updates only. */
  updates: PublicIncidentUpdate[];
}

const SeverityField = z.object({ severity: z.enum(SEVERITIES) });
const VisibilityField = z.object({ public: z.boolean() });
const StartedField = z.object({ startedAt: z.string().datetime() });

export function incidentSeverity(incident: Incident): Severity | null {
  const parsed = SeverityField.safeParse(incident);
  return parsed.success ? parsed.data.severity : null;
}

/** An update is public unless it says otherwise (today every update is). */
export function isPublicUpdate(update: Incident["updates"][number]): boolean {
  const parsed = VisibilityField.safeParse(update);
  return parsed.success ? parsed.data.public : true;
}

export function toPublicIncident(incident: Incident, now: Date = new Date()): PublicIncident {
  const started = StartedField.safeParse(incident);
  const startedAt = started.success ? started.data.startedAt : incident.createdAt;
  const end = incident.resolvedAt ? Date.parse(incident.resolvedAt) : now.getTime();
  return {
    id: incident.id,
    title: incident.title,
    status: incident.status,
    impact: incident.impact,
    severity: incidentSeverity(incident),
    components: [...incident.components],
    startedAt,
    resolvedAt: incident.resolvedAt,
    durationMs: Math.max(0, end - Date.parse(startedAt)),
    updates: incident.updates
      .filter(isPublicUpdate)
      .map((update) => ({ status: update.status, body: update.body, at: update.createdAt }))
      .reverse(),
  };
}

/** "2 h 5 min", "45 min", "under a minute". */
export function formatDuration(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 1) return "under a minute";
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  const parts = [days ? `${days} d` : "", hours ? `${hours} h` : "", rest ? `${rest} min` : ""].filter(Boolean);
  return parts.slice(0, 2).join(" ");
}
