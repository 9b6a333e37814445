import type { PlanDraft } from "@/ai/schemas/plan";
import { formatMoney } from "../budget/money";
import { CHANNELS } from "../channels/catalogue";
import type { PlanContext } from "../context";
import { clip, joinList } from "../text";
import { estimate, stated, t } from "./helpers";

export function buildBudget(ctx: PlanContext): PlanDraft["budget"] {
  const b = ctx.pack.sections.budget;
  const { amount, currency, source, change, band } = ctx.budget;
  const locale = ctx.pack.core.locale;
  let basis: string;
  let opening: string;
  if (change) {
    const vars = {
      percent: String(Math.abs(change.percent)),
      previous: formatMoney(change.previous, currency, locale),
    };
    const direction = t(ctx, change.percent < 0 ? b.changeDown : b.changeUp, 60, vars);
    const full = { ...vars, change: direction };
    opening = t(ctx, b.changed, 300, full);
    basis = t(ctx, change.previousSource === "user" ? b.changedBasis : b.changedEstimateBasis, 240, full);
  } else {
    opening = t(ctx, source === "user" ? b.stated : b.estimated, 400);
    basis = t(ctx, b.estimateBasis, 240);
  }
  const sizeNote = band === "tiny" ? b.tiny : band === "large" || band === "huge" ? b.large : "";
  // Free listings are in the plan for their tactics; saying why they get no money heads off the obvious question.
  const free = ctx.channels.flatMap((channel, i) =>
    CHANNELS[channel.id].free && channel.share === 0 ? [ctx.channelNames[i] ?? ""] : [],
  );
  const rationale = [
    opening,
    t(ctx, ctx.mods.variant % 2 === 1 ? b.splitAlt : b.split, 300),
    ctx.mods.shorter ? "" : t(ctx, sizeNote, 200),
    free.length > 0 ? t(ctx, b.free, 200, { free: joinList(free.filter(Boolean), ctx.pack.core.and) }) : "",
  ];
  const monthlyTotal =
    source === "user" && !change ? stated(amount, currency, t(ctx, b.stated, 240)) : estimate(amount, currency, basis);
  return { monthlyTotal, rationale: clip(rationale.filter(Boolean).join(" "), 600) };
}
