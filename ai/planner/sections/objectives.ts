import type { Figure, PlanDraft } from "@/ai/schemas/plan";
import type { PlanContext } from "../context";
import type { ParsedGoal } from "../detect/goals";
import { KPIS } from "../kpis/catalogue";
import { capitalize, clip, joinList, roundNice } from "../text";
import type { KpiId } from "../types";
import { benchmarkFor, benchmarkOf, estimate, kpiName, kpiUnit, rangeOf, showRange, showValue, stated, t } from "./helpers";

type Objective = PlanDraft["objectives"][number];

/** KPIs that measure the same thing in different industries. */
const SUBSTITUTES: Partial<Record<KpiId, readonly KpiId[]>> = {
  "google-reviews": ["store-rating"],
  "store-rating": ["google-reviews"],
  "online-orders": ["weekly-transactions"],
  "new-members": ["enrolments", "new-donors"],
};

const CONVERSION_KPIS: readonly KpiId[] = [
  "online-orders",
  "new-members",
  "enrolments",
  "jobs-booked",
  "appointments",
  "demo-bookings",
  "app-installs",
  "new-donors",
  "quote-requests",
  "consultations",
];

interface Slot {
  kpi: KpiId;
  goal?: ParsedGoal;
  folded: string[];
  /** A goal that counts something no catalogue KPI measures ("5 recurring office catering clients"): measured in its own unit. */
  custom?: string;
}

/** A stated count of something the catalogue has no KPI for: the objective measures exactly that. */
export function customMeasure(goal: ParsedGoal): string | undefined {
  if (goal.kpi !== "primary" || !goal.stated || goal.stated.percent || goal.stated.money) return undefined;
  return goal.counted;
}

/** One slot per stated goal (same KPI merges), then industry KPIs until there are enough. */
function plan(ctx: PlanContext): Slot[] {
  const want = ctx.mods.shorter ? 3 : Math.min(6, Math.max(4, ctx.goals.length));
  const slots: Slot[] = [];
  const used = (kpi: KpiId) => slots.some((slot) => slot.kpi === kpi && !slot.custom);
  for (const goal of ctx.goals) {
    const custom = customMeasure(goal);
    if (custom && slots.length < 6) {
      slots.push({ kpi: ctx.kpis[0]?.id ?? "qualified-leads", goal, folded: [], custom });
      continue;
    }
    // "Keep a 4.6 star rating" means the store rating for an app and Google reviews for a café.
    const asked =
      goal.kpi === "primary" ? goal.kpi : (SUBSTITUTES[goal.kpi]?.find((id) => ctx.kpis.some((k) => k.id === id)) ?? goal.kpi);
    // "More orders" at a café means more sales at the till, not web-shop orders: conversion goals use the industry's own KPI.
    const own = asked !== "primary" && (ctx.kpis.some((k) => k.id === asked) || !CONVERSION_KPIS.includes(asked));
    let kpi: KpiId | undefined = own ? asked : ctx.kpis.find((k) => !used(k.id))?.id;
    kpi ??= ctx.kpis[0]?.id ?? "qualified-leads";
    const same = slots.find((slot) => slot.kpi === kpi && !slot.custom);
    if (same || slots.length >= 6) {
      (same ?? slots[slots.length - 1])?.folded.push(goal.text);
      continue;
    }
    slots.push({ kpi, goal, folded: [] });
  }
  for (const bench of ctx.kpis) {
    if (slots.length >= want) break;
    if (!used(bench.id)) slots.push({ kpi: bench.id, folded: [] });
  }
  return slots.slice(0, Math.max(3, Math.min(6, slots.length)));
}

/** How far a 90-day benchmark uplift stretches over another period: less than linear beyond 90 days. */
function stretch(days: number, kpi: KpiId): number {
  const cap = KPIS[kpi].kind === "count" ? 3 : 1.5;
  return days <= 90 ? days / 90 : Math.min(1 + 0.5 * (days / 90 - 1), cap);
}

function roundFor(kpi: KpiId, value: number): number {
  const kind = KPIS[kpi].kind;
  if (kind === "count") return Math.max(0, Math.round(roundNice(value)));
  // A rating tops out at five stars and a rate at 100%, however long the horizon.
  const ceiling = kind === "rating" ? 5 : kind === "rate" ? 100 : Number.POSITIVE_INFINITY;
  return Math.min(ceiling, Math.round(value * 10) / 10);
}

function figures(ctx: PlanContext, slot: Slot, days: number): { baseline: Figure; target: Figure; label: string; user: boolean } {
  const s = ctx.pack.sections.objectives;
  if (slot.custom && slot.goal?.stated) {
    const unit = slot.custom.split(" ").at(-1) ?? slot.custom;
    return {
      baseline: estimate(0, unit, t(ctx, s.customBaseline, 240, { thing: slot.custom })),
      target: stated(slot.goal.stated.value, unit, t(ctx, s.statedBasis, 240)),
      label: capitalize(slot.custom),
      user: true,
    };
  }
  const def = KPIS[slot.kpi];
  const bench = benchmarkFor(ctx, benchmarkOf(ctx, slot.kpi));
  let unit = kpiUnit(ctx, slot.kpi);
  let label = kpiName(ctx, slot.kpi);
  const range = rangeOf(ctx, slot.kpi);
  const baselineBasis =
    bench.baseline === 0
      ? t(ctx, s.baselineNew, 240)
      : range
        ? t(ctx, ctx.pack.sections.kpis.rangeBasis, 240, showRange(ctx, slot.kpi, range))
        : t(ctx, s.baselineBasis, 240);
  const goalNumber = slot.goal?.stated;
  const growth = slot.kpi === "revenue" || (goalNumber?.percent === true && def.kind !== "rate");
  if (growth && !goalNumber?.money) {
    label = t(ctx, s.growthKpi, 120, { kpi: label });
    const baseline = estimate(0, "%", t(ctx, s.growthBaselineBasis, 240));
    if (goalNumber) return { baseline, target: stated(goalNumber.value, "%", t(ctx, s.statedBasis, 240)), label, user: true };
    return {
      baseline,
      target: estimate(roundFor(slot.kpi, 10 * stretch(days, slot.kpi)), "%", t(ctx, s.targetBasis, 240)),
      label,
      user: false,
    };
  }
  if (goalNumber) {
    if (goalNumber.money) unit = ctx.budget.currency;
    const value = goalNumber.value;
    let base = bench.baseline;
    if (def.lowerIsBetter ? base <= value : base >= value)
      base = roundFor(slot.kpi, def.lowerIsBetter ? value * 1.3 : value * 0.6);
    return {
      baseline: estimate(base, unit, baselineBasis),
      target: stated(value, unit, t(ctx, s.statedBasis, 240)),
      label,
      user: true,
    };
  }
  const target =
    slot.goal?.scaled !== undefined
      ? estimate(slot.goal.scaled, unit, t(ctx, s.scaledBasis, 240, { goal: clip(slot.goal.text, 120) }))
      : estimate(
          roundFor(slot.kpi, bench.baseline + (bench.target - bench.baseline) * stretch(days, slot.kpi)),
          unit,
          days > 90 ? t(ctx, s.horizonBasis, 240) : t(ctx, s.targetBasis, 240),
        );
  return { baseline: estimate(bench.baseline, unit, baselineBasis), target, label, user: false };
}

export function buildObjectives(ctx: PlanContext): PlanDraft["objectives"] {
  const s = ctx.pack.sections.objectives;
  const horizon = Math.min(1080, ctx.months * 30);
  const slots = plan(ctx);
  return slots.map((slot, i): Objective => {
    const isLast = i === slots.length - 1 && !slot.goal;
    const days = Math.max(7, Math.min(1100, slot.goal?.deadlineDays ?? (isLast ? Math.max(90, horizon) : Math.min(90, horizon))));
    const { baseline, target, label, user } = figures(ctx, slot, days);
    const title = slot.goal
      ? capitalize(clip(slot.goal.text, 200))
      : t(ctx, ctx.mods.variant % 2 === 1 ? s.titleAlt : s.title, 200, {
          kpi: label,
          baseline: showValue(ctx, baseline.value, baseline.unit),
          target: showValue(ctx, target.value, target.unit),
          days: String(days),
        });
    const why = [
      slot.goal ? t(ctx, s.rationaleGoal, 400, { kpi: label }) : t(ctx, s.rationaleDefault, 400, { kpi: label }),
      user ? s.statedTarget : t(ctx, s.estimatedTarget, 400),
      slot.folded.length > 0
        ? t(ctx, s.extraGoals, 400, {
            goals: joinList(
              slot.folded.map((g) => `"${clip(g, 60)}"`),
              ctx.pack.core.and,
            ),
          })
        : "",
    ];
    return {
      title,
      kpi: clip(label, 120),
      baseline,
      target,
      deadlineDays: days,
      rationale: clip(why.filter(Boolean).join(" "), 400),
    };
  });
}
