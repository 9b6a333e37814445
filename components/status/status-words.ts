import type { ComponentStatus, Indicator } from "@/lib/status/status";

/** Words and colours of the status vocabulary, shared by /status, the banner and /ops. */
export const COMPONENT_STATUS: Record<ComponentStatus, { label: string; dot: string; text: string }> = {
  operational: { label: "Operational", dot: "bg-green-600", text: "text-green-800 dark:text-green-300" },
  degraded_performance: { label: "Degraded performance", dot: "bg-yellow-500", text: "text-yellow-800 dark:text-yellow-300" },
  partial_outage: { label: "Partial outage", dot: "bg-orange-600", text: "text-orange-800 dark:text-orange-300" },
  major_outage: { label: "Major outage", dot: "bg-red-600", text: "text-red-800 dark:text-red-300" },
};

export const INDICATOR_STYLE: Record<Indicator, string> = {
  none: "border-green-700 bg-green-50 text-green-900 dark:border-green-500 dark:bg-green-950/40 dark:text-green-100",
  minor: "border-yellow-600 bg-yellow-50 text-yellow-900 dark:border-yellow-500 dark:bg-yellow-950/40 dark:text-yellow-100",
  major: "border-orange-600 bg-orange-50 text-orange-900 dark:border-orange-500 dark:bg-orange-950/40 dark:text-orange-100",
  critical: "border-red-700 bg-red-50 text-red-900 dark:border-red-500 dark:bg-red-950/40 dark:text-red-100",
};

export const INCIDENT_STATUS_LABEL = {
  investigating: "Investigating",
  identified: "Identified",
  monitoring: "Monitoring",
  resolved: "Resolved",
} as const;

export const IMPACT_LABEL = { none: "No impact", minor: "Minor", major: "Major", critical: "Critical" } as const;

/** "3 Dec 2026, 14:05 UTC": the same on the server and in every browser. */
export function formatUtc(iso: string): string {
  const date = new Date(iso);
  const day = date.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
  const time = date.toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: "UTC" });
  return `${day}, ${time} UTC`;
}

export function formatPercent(value: number | null, digits = 2): string {
  return value === null ? "no data" : `${value.toFixed(digits)}%`;
}
