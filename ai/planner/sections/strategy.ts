import type { PlanDraft } from "@/ai/schemas/plan";
import { CHANNELS } from "../channels/catalogue";
import type { PlanContext } from "../context";
import { KPIS } from "../kpis/catalogue";
import { clip, pick, uniq } from "../text";
import type { FunnelStage } from "../types";
import { kpiName, t } from "./helpers";

type Strategy = PlanDraft["strategy"];
const STAGES: readonly FunnelStage[] = ["awareness", "consideration", "conversion", "retention", "advocacy"];

function mix(ctx: PlanContext): Strategy["marketingMix"] {
  const s = ctx.pack.sections.strategy;
  const m = ctx.copy.mix;
  const message = pick(ctx.copy.messages as unknown as [string, ...string[]], ctx.mods.variant);
  const base = {
    product: t(ctx, m.product, 500),
    price: t(ctx, ctx.mods.premium ? s.premiumPrice : m.price, 500),
    place: t(ctx, m.place, 500),
    promotion: t(ctx, s.promotion, 500, { message: t(ctx, message, 240) }),
  };
  if (ctx.offerType === "product") return { framework: "4P", ...base };
  return {
    framework: "7P",
    ...base,
    people: t(ctx, m.people ?? s.people, 500),
    process: t(ctx, m.process ?? s.process, 500),
    physicalEvidence: t(ctx, m.physicalEvidence ?? s.physicalEvidence, 500),
  };
}

function funnel(ctx: PlanContext): Strategy["funnel"] {
  const f = ctx.pack.sections.strategy.funnel;
  const stages = ctx.mods.shorter ? STAGES.slice(0, 4) : STAGES;
  return stages.map((stage) => {
    const fromChannels = ctx.channels
      .filter((channel) => CHANNELS[channel.id].stage === stage)
      .map((channel) => ctx.pack.channels[channel.id].tactics[ctx.mods.variant % 3] ?? "");
    const tactics = uniq([...fromChannels, f[stage].tactic].filter(Boolean).map((tactic) => t(ctx, tactic, 200))).slice(0, 4);
    const kpi = ctx.kpis.find((k) => KPIS[k.id].stage === stage);
    return {
      stage,
      goal: t(ctx, f[stage].goal, 300),
      tactics,
      metric: clip(kpi ? kpiName(ctx, kpi.id) : t(ctx, f[stage].metric, 120), 120),
    };
  });
}

export function buildStrategy(ctx: PlanContext): Strategy {
  const s = ctx.pack.sections.strategy;
  const approach = [
    t(ctx, s.approach[ctx.stage], 500),
    ctx.b2b ? t(ctx, s.b2b, 200) : "",
    ctx.mods.premium ? t(ctx, s.premium, 200) : "",
    ctx.mods.shorter ? "" : t(ctx, ctx.reach === "local" ? s.local : s.online, 200),
  ];
  return { approach: clip(approach.filter(Boolean).join(" "), 800), marketingMix: mix(ctx), funnel: funnel(ctx) };
}
