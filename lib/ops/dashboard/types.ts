/**
 * What GET /api/ops/dashboard answers and the /ops page renders: one entry per
 * panel, each loaded on its own so one failing panel never blanks the others.
 * Types only: the browser imports this file.
 */

export type Panel<T> = { ok: true; data: T } | { ok: false; error: string };

export interface HealthPanel {
  indicator: "none" | "minor" | "major" | "critical";
  description: string;
  components: { id: string; name: string; status: string; description: string }[];
}

export interface TrafficPanel {
  window: { from: string; to: string };
  requests: number;
  /** Percent of requests not answered 5xx; null without requests. */
  successRate: number | null;
  p50Ms: number | null;
  p95Ms: number | null;
  aiGenerations: number;
  /** Percent of generations the asked-for model delivered; null without generations. */
  aiSuccessRate: number | null;
  activeUsers: number;
}

export interface InstanceRow {
  instanceId: string;
  lastSeen: string;
  /** Percent of one CPU core over the last reported minute. */
  cpuPercent: number | null;
  cores: number | null;
  memoryMb: number | null;
}

export interface SeriesPanel {
  /** Bucket starts, seconds since the epoch (uPlot's x axis). */
  time: number[];
  requests: number[];
  errors: number[];
  p95Ms: (number | null)[];
  aiGenerations: number[];
  aiFailed: number[];
  stepSeconds: number;
}

export interface AlertRow {
  id: string;
  name: string;
  severity: string;
  since: string;
  summary: string;
}

export interface AlertsPanel {
  /** False until alert rules exist in this build: shown as "alerting not configured", never as "no alerts". */
  configured: boolean;
  firing: AlertRow[];
}

export interface IncidentRow {
  id: string;
  title: string;
  status: string;
  impact: string;
  severity: string | null;
  startedAt: string;
  acknowledgedAt: string | null;
  lastUpdate: { status: string; body: string; at: string } | null;
}

export interface SloRow {
  id: string;
  objective: string;
  window: string;
  /** Percent of bad events; null without events. */
  badPercent: number | null;
  allowedPercent: number;
  compliant: boolean | null;
  /** Error budget left, percent, per day of the window (cumulative), oldest first. */
  budgetRemaining: (number | null)[];
}

export interface SloPanel {
  /** Where the figures come from, in words (the SLO configuration once it exists). */
  source: string;
  days: string[];
  slos: SloRow[];
}

export interface QuotaPanel {
  minute: { used: number; limit: number };
  day: { used: number; limit: number };
}

export interface VitalRow {
  name: "LCP" | "INP" | "CLS";
  /** p75 over the window, in the vital's unit (ms, or unitless for CLS); null without reports. */
  p75: number | null;
  unit: "ms" | "";
  reports: number;
  rating: "good" | "needs-improvement" | "poor" | null;
}

export interface VitalsPanel {
  window: { from: string; to: string };
  vitals: VitalRow[];
}

export interface DashboardData {
  generatedAt: string;
  health: Panel<HealthPanel>;
  traffic: Panel<TrafficPanel>;
  instances: Panel<InstanceRow[]>;
  series24h: Panel<SeriesPanel>;
  series7d: Panel<SeriesPanel>;
  alerts: Panel<AlertsPanel>;
  incidents: Panel<IncidentRow[]>;
  slo: Panel<SloPanel>;
  quota: Panel<QuotaPanel>;
  vitals: Panel<VitalsPanel>;
}
