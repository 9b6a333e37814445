import type { PlanDraft } from "@/ai/schemas/plan";
import type { PlanContext } from "../context";
import type { RiskCopy } from "../i18n/types";
import { rotate } from "../text";
import type { ChannelId } from "../types";
import { t } from "./helpers";

type Risk = PlanDraft["risks"][number];
type Level = Risk["likelihood"];

/** Channels owned by someone else: a fee or algorithm change can cut demand overnight. */
const RENTED: readonly ChannelId[] = [
  "delivery-apps",
  "booking-platforms",
  "marketplaces",
  "app-store",
  "directories",
  "meta-ads",
];

export function buildRisks(ctx: PlanContext): PlanDraft["risks"] {
  const r = ctx.pack.sections.risks;
  const risk = (copy: RiskCopy, likelihood: Level, impact: Level, extra: Record<string, string> = {}): Risk => ({
    risk: t(ctx, copy.risk, 300, extra),
    likelihood,
    impact,
    mitigation: t(ctx, copy.mitigation, 300, extra),
    contingency: t(ctx, copy.contingency, 300, extra),
  });
  const [first, second] = ctx.copy.risks;
  const list: Risk[] = [risk(first, "medium", "high"), risk(second, "medium", "medium")];
  const band = ctx.budget.band;
  if (band === "tiny" || band === "small") list.push(risk(r.budget, "high", "medium"));
  if (band === "large" || band === "huge") list.push(risk(r.costs, "medium", "high"));
  const rented = ctx.channels.findIndex((channel) => channel.tier === "proven" && RENTED.includes(channel.id));
  const rentedName = ctx.channelNames[rented];
  if (rented !== -1 && rentedName) list.push(risk(r.dependency, "medium", "high", { channel: rentedName }));
  list.push(risk(r.time, band === "tiny" || band === "small" ? "high" : "medium", "medium"));
  list.push(risk(r.tracking, "medium", "medium"));
  const [lead, ...others] = list;
  const ordered = lead ? [lead, ...rotate(others, ctx.mods.variant)] : others;
  return ordered.slice(0, ctx.mods.shorter ? 3 : 5);
}
