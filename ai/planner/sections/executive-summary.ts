import type { PlanDraft } from "@/ai/schemas/plan";
import type { PlanContext } from "../context";
import { clip, lowerFirst, pick } from "../text";
import { t } from "./helpers";

/** Four to six sentences an owner can act on; the first objective keeps it concrete. */
export function buildExecutiveSummary(ctx: PlanContext, objectives: PlanDraft["objectives"]): string {
  const s = ctx.pack.core.summary;
  const first = objectives[0];
  const objective = first ? (ctx.lang === "de" ? first.title : lowerFirst(first.title)) : "";
  const seed = ctx.mods.variant;
  const sentences = [
    t(ctx, ctx.named ? pick(s.intro as [string, ...string[]], seed) : ctx.subjectHasOffer ? s.introOwn : s.introUnnamed, 400),
    t(ctx, s.focus, 400, { objective: clip(objective, 200) }),
    ctx.mods.b2b ? t(ctx, s.b2b, 300) : "",
    ctx.mods.premium ? t(ctx, s.premium, 300) : "",
    t(ctx, s.channels, 400),
    t(ctx, ctx.budget.source === "user" ? s.budgetStated : s.budgetEstimated, 300),
    ctx.mods.shorter ? "" : t(ctx, pick(s.closing as [string, ...string[]], seed), 300),
  ];
  return clip(sentences.filter(Boolean).slice(0, 6).join(" "), 2000);
}
