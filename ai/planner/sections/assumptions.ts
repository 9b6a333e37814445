import type { PlanDraft } from "@/ai/schemas/plan";
import type { PlanContext } from "../context";
import { clip, rotate } from "../text";
import { t } from "./helpers";

export function buildAssumptions(ctx: PlanContext): PlanDraft["assumptions"] {
  const a = ctx.pack.sections.assumptions;
  const reach = ctx.reach === "online" ? ctx.pack.core.online : (ctx.vars.inRegion ?? "");
  const assumptions = [
    ctx.unsupportedLanguage ? t(ctx, a.language, 300, { language: clip(ctx.unsupportedLanguage, 35) }) : "",
    ctx.industryId === "generic" ? t(ctx, a.generic, 300) : t(ctx, a.industry, 300),
    t(ctx, a.model, 300, { reach }),
    t(ctx, ctx.stageStated ? a.stageStated : a.stageAssumed, 300),
    ctx.input.monthlyBudget ? "" : t(ctx, a.budget, 300),
    ctx.currencyInferred ? "" : t(ctx, a.currency, 300, { currency: ctx.budget.currency }),
    ctx.regionStated || ctx.region || ctx.reach === "online" ? "" : t(ctx, a.region, 300),
    ctx.audienceStated ? "" : t(ctx, a.audience, 300),
    ctx.input.timeframeMonths ? "" : t(ctx, a.timeframe, 300),
    t(ctx, a.benchmarks, 300),
    ctx.injectionIgnored ? t(ctx, a.ignored, 300) : "",
    ctx.goals.length > 6 ? t(ctx, a.goalsFolded, 300) : "",
  ].filter(Boolean);
  const q = a.questions;
  const openQuestions = [
    ...ctx.copy.questions.map((question) => t(ctx, question, 300)),
    t(ctx, q.sales, 300),
    ctx.input.monthlyBudget ? "" : t(ctx, q.budget, 300),
    ctx.audienceStated ? "" : t(ctx, q.audience, 300),
    ctx.region ? "" : t(ctx, q.region, 300),
    t(ctx, q.capacity, 300),
  ].filter(Boolean);
  const cap = ctx.mods.shorter ? 4 : 8;
  // A regeneration asks the questions in a different order, most useful first either way.
  return { assumptions: assumptions.slice(0, 10), openQuestions: rotate(openQuestions.slice(0, cap), ctx.mods.variant) };
}
