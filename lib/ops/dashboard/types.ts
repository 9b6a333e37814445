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
  name: string;
  objective: string;
  /** The SLO's own window in words: "30 days", "30 days, business hours", "24 hours". */
  window: string;
  /** The figure as people read it (percent good or bad, or the latency quantile); null without events. */
  measured: { value: number | null; unit: string };
  /** Percent of bad events over the window; null without events. */
  badPercent: number | null;
  allowedPercent: number;
  compliant: boolean | null;
  /** Bad events the objective allows over the window's events, spent and left. */
  budget: { total: number; spent: number; left: number };
  /** Error budget left over the whole window, percent; null without events. */
  budgetLeftPercent: number | null;
}

/** The error budget burning down over one window length, point by point (cumulative from the window's start). */
export interface SloBurnDown {
  /** "30 days" or "24 hours": the SLOs whose window is this long. */
  span: string;
  /** "day" or "hour": what one point covers. */
  step: string;
  /** Seconds since the epoch: the end of each step, the last one now. */
  time: number[];
  /** Budget left, percent, per SLO id, one value per point. */
  series: { id: string; name: string; values: (number | null)[] }[];
}

export interface SloPanel {
  /** Where the figures come from, in words. */
  source: string;
  slos: SloRow[];
  burnDowns: SloBurnDown[];
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
