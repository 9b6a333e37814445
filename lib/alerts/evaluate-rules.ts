import "server-only";
import { roundFigure } from "@/lib/analytics/reading";
import type { SloConfig } from "@/lib/slo/slo-config";
import { countEvents } from "@/lib/slo/slo-events";
import { type BurnTier, evaluateTiers, PAGE_TIERS, TICKET_TIERS, tierWindows } from "./burn-rate";
import { METRIC_READERS, type MetricContext } from "./metric-readers";
import { type AlertRule, type BurnRateRule, METRICS, type ThresholdRule } from "./rule-types";

/** What one evaluation found for one rule. */
export interface RuleEvaluation {
  rule: AlertRule;
  firing: boolean;
  /** The figure the rule compared (for burn rates, the fastest long-window burn); null without enough data. */
  value: number | null;
  summary: string;
  details: Record<string, unknown>;
}

const duration = (minutes: number) =>
  minutes % 1440 === 0 ? `${minutes / 1440} d` : minutes % 60 === 0 ? `${minutes / 60} h` : `${minutes} min`;

async function evaluateThreshold(rule: ThresholdRule, ctx: MetricContext): Promise<RuleEvaluation> {
  const { value, events } = await METRIC_READERS[rule.metric](ctx, rule.windowMinutes);
  const enough = value !== null && events >= rule.minEvents;
  const firing = enough && (rule.comparison === "above" ? value > rule.threshold : value < rule.threshold);
  const { label, unit } = METRICS[rule.metric];
  const shown = value === null ? "no data" : `${roundFigure(value)}${unit}`;
  const sign = rule.comparison === "above" ? ">" : "<";
  const window = rule.windowMinutes === 1 ? "the last minute" : `the last ${duration(rule.windowMinutes)}`;
  return {
    rule,
    firing,
    value: roundFigure(value),
    summary: `${label} ${shown} (alert when ${sign} ${rule.threshold}${unit}) over ${window}`,
    details: {
      metric: rule.metric,
      value: roundFigure(value),
      threshold: rule.threshold,
      windowMinutes: rule.windowMinutes,
      events,
    },
  };
}

async function evaluateBurnRate(rule: BurnRateRule, ctx: MetricContext, slos: SloConfig): Promise<RuleEvaluation> {
  const slo = slos.slos.find((candidate) => candidate.id === rule.slo);
  if (!slo) throw new Error(`Alert rule ${rule.id} names SLO ${rule.slo}, which the configuration lacks`);
  const tiers: readonly BurnTier[] = rule.tiers === "page" ? PAGE_TIERS : TICKET_TIERS;
  const businessHours = slo.window.kind === "business_hours";
  const windows = tierWindows(tiers);
  const sums = await Promise.all(windows.map((minutes) => ctx.sum(minutes, { businessHours })));
  const counts = new Map(windows.map((minutes, i) => [minutes, countEvents(slo.events, sums[i] ?? {})]));
  const result = evaluateTiers(
    tiers,
    (minutes) => counts.get(minutes) ?? { bad: 0, total: 0 },
    slo.allowedBadShare,
    rule.minEvents,
  );
  const shown = result.tiers.map(
    ({ tier, longBurn, shortBurn }) =>
      `${longBurn === null ? "–" : roundFigure(longBurn)}x over ${duration(tier.longMinutes)} and ${shortBurn === null ? "–" : roundFigure(shortBurn)}x over ${duration(tier.shortMinutes)} (alert above ${tier.burnRate}x)`,
  );
  const longs = result.tiers.map((tier) => tier.longBurn).filter((burn): burn is number => burn !== null);
  return {
    rule,
    firing: result.firing,
    value: longs.length === 0 ? null : roundFigure(Math.max(...longs)),
    summary: `${slo.name} error budget (${roundFigure(slo.allowedBadShare * 100)}% ${slo.badEvents}) burning ${shown.join("; ")}`,
    details: {
      slo: slo.id,
      allowedBadShare: slo.allowedBadShare,
      tiers: result.tiers.map(({ tier, longBurn, shortBurn, firing }) => ({
        ...tier,
        longBurn: roundFigure(longBurn),
        shortBurn: roundFigure(shortBurn),
        firing,
      })),
    },
  };
}

/** Evaluates every rule against the rollups as of the context's `now`. */
export async function evaluateRules(rules: readonly AlertRule[], ctx: MetricContext, slos: SloConfig): Promise<RuleEvaluation[]> {
  return Promise.all(
    rules.map((rule) => (rule.kind === "threshold" ? evaluateThreshold(rule, ctx) : evaluateBurnRate(rule, ctx, slos))),
  );
}
