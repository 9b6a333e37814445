import type { PlanDraft } from "@/ai/schemas/plan";
import type { PlanContext } from "../context";
import { clip, lowerFirst, rotate, uniq } from "../text";
import { t, tList } from "./helpers";

type Situation = PlanDraft["situation"];

function swot(ctx: PlanContext): Situation["swot"] {
  const s = ctx.pack.core.situation;
  const c = ctx.copy.swot;
  const strengths = [
    ctx.offerStated ? t(ctx, s.strengthOffer, 300) : "",
    ctx.terms.length > 0 ? t(ctx, s.strengthTerms, 300) : "",
    ctx.audienceStated ? t(ctx, s.strengthAudience, 300) : "",
    ...tList(ctx, c.strengths, 300),
  ].filter(Boolean);
  const weaknesses = [
    ctx.stage === "idea" || ctx.stage === "launch" ? t(ctx, s.weaknessNew, 300) : "",
    ctx.budget.band === "tiny" ? t(ctx, s.weaknessBudget, 300) : "",
    ...tList(ctx, c.weaknesses, 300),
  ].filter(Boolean);
  const rival = ctx.rivals[0] ?? ctx.copy.competitors[0].name;
  const inSentence = ctx.lang === "de" ? rival : lowerFirst(rival);
  const threats = [...tList(ctx, c.threats, 300), t(ctx, s.threatCompetitor, 300, { competitor: rival, rival: inSentence })];
  const cap = ctx.mods.shorter ? 3 : 5;
  return {
    strengths: uniq(strengths).slice(0, cap),
    weaknesses: uniq(weaknesses).slice(0, cap),
    opportunities: tList(ctx, c.opportunities, 300).slice(0, cap),
    threats: uniq(threats).slice(0, cap),
  };
}

export function buildSituation(ctx: PlanContext): Situation {
  const s = ctx.pack.core.situation;
  const summary = [
    ctx.quote ? t(ctx, s.quote, 600, { quote: ctx.quote }) : "",
    t(ctx, ctx.named ? s.summary : s.summaryUnnamed, 600),
  ];
  const overview = [t(ctx, ctx.copy.overview, 700), t(ctx, ctx.reach === "local" ? s.reachLocal : s.reachOnline, 400)];
  // The owner's own competitors come first; the industry's kinds of competitor fill the rest.
  const named = ctx.rivals.map((rival) => ({
    name: clip(rival, 120),
    type: "direct" as const,
    strengths: t(ctx, s.namedStrengths, 400),
    weaknesses: t(ctx, s.namedWeaknesses, 400),
    ourEdge: t(ctx, s.namedEdge, 400),
  }));
  const kinds = ctx.copy.competitors.map((c, i) => ({
    name: t(ctx, c.name, 120),
    type: ctx.profile.competitorTypes[i] ?? "direct",
    strengths: t(ctx, c.strengths, 400),
    weaknesses: t(ctx, c.weaknesses, 400),
    ourEdge: t(ctx, c.edge, 400),
  }));
  return {
    business: {
      name: clip(ctx.name, 120),
      summary: clip(summary.filter(Boolean).join(" "), 1200),
      industry: ctx.vars.industry ?? ctx.copy.label,
      businessModel: ctx.model,
      stage: ctx.stage,
    },
    market: {
      overview: clip(overview.join(" "), 1200),
      trends: rotate(tList(ctx, ctx.copy.trends, 300), ctx.mods.variant),
    },
    competitors: [...named, ...rotate(kinds, ctx.mods.variant)].slice(0, 5),
    swot: swot(ctx),
  };
}
