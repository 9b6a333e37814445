import type { Figure } from "@/ai/schemas/plan";
import { formatMoney, formatNumber, fromUsd } from "../budget/money";
import type { PlanContext } from "../context";
import { KPIS } from "../kpis/catalogue";
import { clip, roundNice, say } from "../text";
import type { BenchmarkRange, KpiBenchmark, KpiId, Role } from "../types";

export function estimate(value: number, unit: string, basis: string): Figure {
  return { value, unit: clip(unit, 40), source: "estimate", basis: clip(basis, 240) };
}

/** A figure the owner stated; only numbers that appear literally in the input get this label. */
export function stated(value: number, unit: string, basis: string): Figure {
  return { value, unit: clip(unit, 40), source: "user", basis: clip(basis, 240) };
}

export function kpiName(ctx: PlanContext, id: KpiId): string {
  return ctx.pack.kpis[id].name;
}

export function kpiUnit(ctx: PlanContext, id: KpiId): string {
  const kind = KPIS[id].kind;
  if (kind === "rate") return "%";
  if (kind === "money") return ctx.budget.currency;
  return ctx.pack.kpis[id].unit;
}

/** Benchmarks are written for a business already trading; scale them to the stage and currency. */
export function benchmarkFor(ctx: PlanContext, bench: KpiBenchmark): { baseline: number; target: number } {
  const def = KPIS[bench.id];
  if (def.kind === "money") {
    return {
      baseline: roundNice(fromUsd(bench.baseline, ctx.budget.currency)),
      target: roundNice(fromUsd(bench.target, ctx.budget.currency)),
    };
  }
  if (def.kind !== "count") return { baseline: bench.baseline, target: bench.target };
  if (ctx.stage === "idea" || ctx.stage === "launch") return { baseline: 0, target: roundNice(bench.target * 0.5) };
  if (ctx.stage === "established") return { baseline: roundNice(bench.baseline * 2), target: roundNice(bench.target * 2) };
  return { baseline: bench.baseline, target: bench.target };
}

/** The industry's range for a KPI that has one: conversion rate and acquisition cost. */
export function rangeOf(ctx: PlanContext, id: KpiId): BenchmarkRange | undefined {
  if (id === "cac") return ctx.profile.ranges.cac;
  if (id === "conversion-rate") return ctx.profile.ranges.conversion;
  return undefined;
}

/**
 * A ranged KPI starts where a business new to paid marketing usually is (high cost, low conversion) and aims
 * for the middle of the range in 90 days; other KPIs use the industry's list or the catalogue's fallback.
 */
export function benchmarkOf(ctx: PlanContext, id: KpiId): KpiBenchmark {
  const range = rangeOf(ctx, id);
  if (range) {
    const at = (share: number) => roundNice(range.low + share * (range.high - range.low));
    return id === "cac" ? { id, baseline: range.high, target: at(0.6) } : { id, baseline: at(0.25), target: at(0.5) };
  }
  return ctx.kpis.find((k) => k.id === id) ?? { id, ...KPIS[id].fallback };
}

/** "£16 to £39", "3% to 8%": an industry range in the plan's currency and locale. */
export function showRange(ctx: PlanContext, id: KpiId, range: BenchmarkRange): { low: string; high: string } {
  if (KPIS[id].kind === "money") {
    const convert = (usd: number) => showValue(ctx, roundNice(fromUsd(usd, ctx.budget.currency)), ctx.budget.currency);
    return { low: convert(range.low), high: convert(range.high) };
  }
  return { low: showValue(ctx, range.low, "%"), high: showValue(ctx, range.high, "%") };
}

/** A value with its unit, for titles: "42%", "€28", "1,200". */
export function showValue(ctx: PlanContext, value: number, unit: string): string {
  const locale = ctx.pack.core.locale;
  if (unit === "%") return ctx.lang === "en" ? `${formatNumber(value, locale)}%` : `${formatNumber(value, locale)} %`;
  if (/^[A-Z]{3}$/.test(unit)) return formatMoney(value, unit, locale);
  if (unit === "x") return `${formatNumber(value, locale)}x`;
  return formatNumber(value, locale);
}

/** Who does the work: in a small business the owner wears every hat. */
export function role(ctx: PlanContext, wanted: Role): string {
  const labels = ctx.pack.core.roles;
  if (wanted === "team") return ctx.copy.team;
  const small = ctx.budget.band === "tiny" || ctx.budget.band === "small";
  if (wanted === "owner" || small) return labels.owner;
  if (wanted === "sales" && ctx.model !== "B2B" && !ctx.b2b) return labels.marketing;
  return labels[wanted];
}

/** Fills a template with the plan's shared variables plus section-specific ones. */
export function t(ctx: PlanContext, template: string, max: number, extra: Record<string, string> = {}): string {
  const text = say(template, { ...ctx.vars, ...extra }, max);
  return ctx.polish(text);
}

/** Fills and clips each item of a list. */
export function tList(ctx: PlanContext, items: readonly string[], max: number, extra: Record<string, string> = {}): string[] {
  return items.map((item) => t(ctx, item, max, extra));
}
