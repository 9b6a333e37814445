import type { PlanDraft } from "@/ai/schemas/plan";
import { CHANNELS } from "../channels/catalogue";
import type { PlanContext } from "../context";
import { clip, rotate, roundNice } from "../text";
import type { BudgetBand } from "../types";
import { estimate, t, tList } from "./helpers";

/** Paid channels scale with money; organic ones with time, so they grow more slowly with the budget. */
const PAID_SCALE: Readonly<Record<BudgetBand, number>> = { tiny: 0.3, small: 0.6, medium: 1, large: 2.5, huge: 6 };
const ORGANIC_SCALE: Readonly<Record<BudgetBand, number>> = { tiny: 0.6, small: 0.8, medium: 1, large: 1.4, huge: 2 };

export function buildChannels(ctx: PlanContext): PlanDraft["channels"] {
  const c = ctx.pack.sections.channels;
  const band = ctx.pack.core.bands[ctx.budget.band];
  return ctx.channels.map((channel, i) => {
    const def = CHANNELS[channel.id];
    const copy = ctx.pack.channels[channel.id];
    const name = ctx.channelNames[i] ?? copy.name;
    const scale = def.cost === "paid" ? PAID_SCALE[ctx.budget.band] : ORGANIC_SCALE[ctx.budget.band];
    const tactics = rotate(tList(ctx, copy.tactics, 200), ctx.mods.variant);
    if (channel.id === ctx.mods.focus) tactics.unshift(t(ctx, c.focusTactic, 200, { channel: name }));
    return {
      name: clip(name, 80),
      tier: channel.tier,
      purpose: t(ctx, copy.purpose, 300),
      funnelStage: def.stage,
      tactics: tactics.slice(0, ctx.mods.shorter ? 2 : 3),
      budgetSharePercent: channel.share,
      kpi: t(ctx, copy.kpi, 120),
      target: estimate(Math.max(1, Math.round(roundNice(def.target * scale))), copy.unit, t(ctx, c.targetBasis, 240, { band })),
    };
  });
}
