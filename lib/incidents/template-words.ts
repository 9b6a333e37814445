import type { IncidentImpact, IncidentSeverity, IncidentStatus, StatusComponent } from "@/lib/store/types";

// The words of the manual's communication template (5.3), kept apart from the code that lays them out.

export const STATUS_WORDS: Record<IncidentStatus, string> = {
  investigating: "Investigating",
  identified: "Identified",
  monitoring: "Monitoring",
  resolved: "Resolved",
};

export const IMPACT_WORDS: Record<IncidentImpact, string> = {
  none: "No user impact",
  minor: "Some users may notice degraded service",
  major: "Part of the service is unavailable",
  critical: "The service is unavailable",
};

export const COMPONENT_WORDS: Record<StatusComponent, string> = {
  application: "Application",
  ai_service: "AI Service",
  database: "Database",
};

export const SEVERITY_MARKS: Record<IncidentSeverity, string> = {
  SEV1: ":rotating_light:",
  SEV2: ":red_circle:",
  SEV3: ":large_orange_circle:",
  SEV4: ":white_circle:",
};

export const LABELS = {
  severity: "Severity",
  status: "Status",
  impact: "Impact",
  timeline: "Timeline",
  nextUpdate: "Next update",
  components: "Affected",
  update: "Latest update",
  incident: "Incident",
  noComponents: "None named",
} as const;

export const PHRASES = {
  timeline: (started: string, status: string) => `Started at ${started}; ${status.toLowerCase()}`,
  nextUpdateOpen: "When the status changes",
  nextUpdateResolved: "None: this incident is resolved",
  emailSubject: (severity: string, status: string, title: string) => `[${severity}] ${status}: ${title}`,
  emailFooter: "You receive this because you are on the incident list of MarketPlanAI.",
} as const;
