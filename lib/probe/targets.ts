import type { ProbeTargetId } from "@/lib/metrics/rollup-keys";

export interface ProbeTarget {
  id: ProbeTargetId;
  method: "GET" | "POST";
  path: string;
}

/**
 * The manual's uptime checks (3.1): the home page, health and AI health.
 * AI trouble makes AI health `warn` (200), so a round fails only when the
 * app itself does not answer.
 */
export const PROBE_TARGETS: readonly ProbeTarget[] = [
  { id: "home", method: "GET", path: "/" },
  { id: "health", method: "GET", path: "/api/health" },
  { id: "ai_health", method: "POST", path: "/api/ai/health" },
];
