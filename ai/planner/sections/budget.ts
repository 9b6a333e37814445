import type { PlanDraft } from "@/ai/schemas/plan";
import { formatMoney, formatNumber, fromUsd } from "../budget/money";
import { CHANNELS } from "../channels/catalogue";
import type { PlanContext } from "../context";
import { clip, joinList, roundNice } from "../text";
import { estimate, showRange, stated, t } from "./helpers";

/** What the month's spend buys at the industry's usual acquisition cost: "roughly 27 to 79 new customers". */
function customersFor(ctx: PlanContext): string {
  const { amount, currency } = ctx.budget;
  const range = ctx.profile.ranges.cac;
  const low = roundNice(fromUsd(range.low, currency));
  const high = roundNice(fromUsd(range.high, currency));
  const fewest = Math.floor(amount / high);
  if (amount <= 0 || fewest < 1) return "";
  const locale = ctx.pack.core.locale;
  return t(ctx, ctx.pack.sections.budget.cacRange, 300, {
    ...showRange(ctx, "cac", range),
    fewest: formatNumber(fewest, locale),
    most: formatNumber(Math.floor(amount / low), locale),
  });
}

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
  const parts = {
    opening,
    split: t(ctx, ctx.mods.variant % 2 === 1 ? b.splitAlt : b.split, 300),
    cac: ctx.mods.shorter ? "" : customersFor(ctx),
    size: ctx.mods.shorter ? "" : t(ctx, sizeNote, 200),
    free: free.length > 0 ? t(ctx, b.free, 200, { free: joinList(free.filter(Boolean), ctx.pack.core.and) }) : "",
  };
  // The field holds 600 characters: the less important sentences give way, whole, rather than be cut mid-word.
  const kept = new Set<string>();
  let room = 600;
  for (const key of ["opening", "split", "free", "cac", "size"] as const) {
    const length = parts[key].length + 1;
    if (parts[key] && length <= room) {
      kept.add(key);
      room -= length;
    }
  }
  const rationale = (["opening", "split", "cac", "size", "free"] as const).map((key) => (kept.has(key) ? parts[key] : ""));
  const monthlyTotal =
    source === "user" && !change ? stated(amount, currency, t(ctx, b.stated, 240)) : estimate(amount, currency, basis);
  return { monthlyTotal, rationale: clip(rationale.filter(Boolean).join(" "), 600) };
}
