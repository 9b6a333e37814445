import { MANUAL_SLOS } from "@/lib/slo/slo-config";

const allowed = (id: string) => MANUAL_SLOS.find((slo) => slo.id === id)?.allowedBadShare ?? Number.NaN;

/**
 * The manual's SLOs as the weekly report holds a week to them. The objectives
 * themselves (targets, windows) are data in lib/slo/slo-config.ts; each SLO
 * over its own window is lib/slo/slo-report.ts.
 */
export const SLOS = {
  uptime: {
    objective: "uptime at least 99.5% (monthly in the manual; the weekly report holds the week to it)",
    allowedBadShare: allowed("uptime"),
    badEvents: "failed probe checks",
  },
  responseTime: {
    objective: "95th percentile of HTTP response time under 3 s",
    allowedBadShare: allowed("responseTime"),
    badEvents: "HTTP requests slower than 3 s",
  },
  aiGeneration: {
    objective: "90th percentile of AI generation time under 30 s",
    allowedBadShare: allowed("aiGeneration"),
    badEvents: "AI generations slower than 30 s",
  },
  errorRate: {
    objective: "error rate under 1% (daily in the manual; the weekly report holds the week to it)",
    allowedBadShare: allowed("errorRate"),
    badEvents: "HTTP requests answered with a 5xx status",
  },
} as const;

export type SloId = keyof typeof SLOS;

export interface SloCompliance {
  /** Bad events over all events (0 to 1); null without events. */
  badShare: number | null;
  /** True when the bad share is at most the allowed share; null without events (nothing to judge). */
  compliant: boolean | null;
  /**
   * Error budget left, 0 to 1: `1 − badShare / allowedBadShare`, clamped at 0
   * once the budget is spent. Null without events.
   */
  errorBudgetRemaining: number | null;
}

export function sloCompliance(args: { bad: number; total: number; allowedBadShare: number }): SloCompliance {
  if (args.total === 0) return { badShare: null, compliant: null, errorBudgetRemaining: null };
  const badShare = args.bad / args.total;
  return {
    badShare,
    compliant: badShare <= args.allowedBadShare,
    errorBudgetRemaining: Math.min(1, Math.max(0, 1 - badShare / args.allowedBadShare)),
  };
}
