import type { PlanDraft } from "@/ai/schemas/plan";
import type { PlanContext } from "../context";
import { clip, rotate, uniq } from "../text";
import { t, tList } from "./helpers";

export function buildPositioning(ctx: PlanContext): PlanDraft["positioning"] {
  const p = ctx.pack.core.positioning;
  const voice = ctx.pack.core.voice[ctx.tone.family];
  const messages = tList(ctx, ctx.copy.messages, 240);
  if (ctx.terms.length > 0) messages.push(t(ctx, p.messageTerms, 240));
  if (ctx.mods.premium) messages.unshift(t(ctx, p.premiumPromise, 240));
  const traits = uniq([...ctx.tone.ownTraits, ...voice.traits]).slice(0, ctx.tone.ownTraits.length > 0 ? 4 : 3);
  const valueProposition = [ctx.mods.premium ? p.premiumPromise : "", p.valueProposition, ctx.offerStated ? p.valueOffer : ""]
    .filter(Boolean)
    .join(" ");
  return {
    // Unnamed, the business is already called by its kind ("the food truck"), so "is the food truck that" would repeat it.
    statement: t(
      ctx,
      ctx.named
        ? ctx.mods.premium
          ? p.statementPremium
          : p.statement
        : ctx.mods.premium
          ? p.statementOwnPremium
          : p.statementOwn,
      600,
    ),
    valueProposition: t(ctx, valueProposition, 400),
    keyMessages: rotate(uniq(messages), ctx.mods.variant).slice(0, ctx.mods.shorter ? 3 : 5),
    brandVoice: {
      traits: traits.map((trait) => clip(trait, 60)),
      do: tList(ctx, voice.do, 200).slice(0, ctx.mods.shorter ? 2 : 3),
      dont: tList(ctx, voice.dont, 200),
    },
  };
}
