import type { IncidentImpact, IncidentSeverity } from "@/lib/store/types";

export interface SeverityLevel {
  id: IncidentSeverity;
  name: string;
  /** The manual's examples of what belongs at this level (5.1). */
  examples: string;
  /** Acknowledge within this many minutes of opening. */
  acknowledgeMinutes: number;
  /** Resolve within this many minutes of the start. */
  resolveMinutes: number;
  /** The Statuspage impact an incident of this level shows unless told otherwise. */
  defaultImpact: IncidentImpact;
}

const HOUR = 60;
const DAY = 24 * HOUR;

/** The manual's severity levels and response targets (5.1), as data. */
export const SEVERITIES: Record<IncidentSeverity, SeverityLevel> = {
  SEV1: {
    id: "SEV1",
    name: "Critical",
    examples: "Complete service outage, data loss",
    acknowledgeMinutes: 15,
    resolveMinutes: HOUR,
    defaultImpact: "critical",
  },
  SEV2: {
    id: "SEV2",
    name: "High",
    examples: "Major feature broken, security issue",
    acknowledgeMinutes: HOUR,
    resolveMinutes: 4 * HOUR,
    defaultImpact: "major",
  },
  SEV3: {
    id: "SEV3",
    name: "Medium",
    examples: "Minor feature issue, performance degradation",
    acknowledgeMinutes: 4 * HOUR,
    resolveMinutes: DAY,
    defaultImpact: "minor",
  },
  SEV4: {
    id: "SEV4",
    name: "Low",
    examples: "Cosmetic issues, documentation updates",
    acknowledgeMinutes: DAY,
    resolveMinutes: 7 * DAY,
    defaultImpact: "none",
  },
};

export const SEVERITY_IDS = Object.keys(SEVERITIES) as IncidentSeverity[];

/** `15 min`, `4 h`, `1 week`: targets as people say them. */
export function formatMinutes(minutes: number): string {
  if (minutes % (7 * DAY) === 0) return minutes === 7 * DAY ? "1 week" : `${minutes / (7 * DAY)} weeks`;
  if (minutes % HOUR === 0) return `${minutes / HOUR} h`;
  return `${Math.round(minutes)} min`;
}
