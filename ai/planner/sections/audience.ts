import type { PlanDraft } from "@/ai/schemas/plan";
import type { PlanContext } from "../context";
import type { PersonaCopy, SegmentCopy } from "../i18n/types";
import { clip, lowerFirst, rotate } from "../text";
import { t, tList } from "./helpers";

type Audience = PlanDraft["audience"];
type Segment = Audience["segments"][number];
type Persona = Audience["personas"][number];

const PRIORITIES = ["primary", "secondary", "tertiary", "tertiary", "tertiary"] as const;

function segmentOf(ctx: PlanContext, copy: SegmentCopy): Omit<Segment, "priority"> {
  return { name: t(ctx, copy.name, 120), description: t(ctx, copy.description, 500), needs: tList(ctx, copy.needs, 300) };
}

/** Business buyers: for a consumer industry that is B2B angle; for a B2B industry, larger accounts. */
function businessSegment(ctx: PlanContext): Omit<Segment, "priority"> {
  const a = ctx.pack.core.audience;
  if (ctx.profile.defaultModel === "B2B") {
    return {
      name: t(ctx, a.enterpriseName, 120),
      description: t(ctx, a.enterpriseDescription, 500),
      needs: tList(ctx, a.enterpriseNeeds, 300),
    };
  }
  return { name: t(ctx, a.b2bName, 120), description: t(ctx, a.b2bDescription, 500), needs: tList(ctx, a.b2bNeeds, 300) };
}

function segments(ctx: PlanContext): Segment[] {
  const a = ctx.pack.core.audience;
  const list: Omit<Segment, "priority">[] = [];
  // Asked for "more B2B": business buyers lead; otherwise the owner's own audience does.
  if (ctx.mods.b2b) list.push(businessSegment(ctx));
  if (ctx.audienceStated) {
    const detail = t(ctx, ctx.copy.segments[0].description, 300);
    list.push({
      name: clip(ctx.audience, 120),
      description: t(ctx, a.statedDescription, 500, { detail }),
      needs: tList(ctx, ctx.copy.segments[0].needs, 300),
    });
  }
  if (ctx.b2b && !ctx.mods.b2b) list.push(businessSegment(ctx));
  const own = ctx.copy.segments.map((segment) => segmentOf(ctx, segment));
  // The owner's audience already absorbed the first segment's description.
  const [head, ...rest] = ctx.audienceStated ? own.slice(1) : own;
  // A regeneration reorders the industry's other segments so the draft visibly changes.
  list.push(...(head ? [head] : []), ...rotate(rest, ctx.mods.variant));
  const seen = new Set<string>();
  const unique = list.filter((segment) => !seen.has(segment.name) && seen.add(segment.name));
  const count = ctx.mods.shorter ? 2 : 4;
  return unique.slice(0, count).map((segment, i) => ({ ...segment, priority: PRIORITIES[i] ?? "tertiary" }));
}

function persona(ctx: PlanContext, copy: PersonaCopy, channels: string[], lead = false): Persona {
  // The lead persona stands for the audience the owner named, not only the industry's typical buyer.
  const summary =
    lead && ctx.audienceStated
      ? `${t(ctx, copy.summary, 260)} ${t(ctx, ctx.pack.core.audience.personaAudience, 140)}`
      : copy.summary;
  const demographics = ctx.region ? `${t(ctx, copy.demographics, 240)} (${ctx.region})` : t(ctx, copy.demographics, 300);
  return {
    name: t(ctx, copy.name, 120),
    summary: t(ctx, summary, 400),
    demographics: clip(demographics, 300),
    goals: tList(ctx, copy.goals, 300),
    painPoints: tList(ctx, copy.painPoints, 300),
    channels: channels.map((name) => clip(name, 80)),
    objections: tList(ctx, copy.objections, 300),
    quote: t(ctx, copy.quote, 240),
  };
}

export function buildAudience(ctx: PlanContext): Audience {
  const a = ctx.pack.core.audience;
  const list = segments(ctx);
  const primary = list[0]?.name ?? ctx.audience;
  const rationale = ctx.audienceStated && !ctx.mods.b2b ? a.rationaleStated : a.rationale;
  const names = ctx.channelNames.slice(0, 3);
  const personas: Persona[] = [];
  if (ctx.b2b) personas.push(persona(ctx, a.b2bPersona, names));
  const own = ctx.mods.variant % 2 === 1 ? [...ctx.copy.personas].reverse() : ctx.copy.personas;
  for (const copy of own) personas.push(persona(ctx, copy, rotate(names, personas.length), copy === ctx.copy.personas[0]));
  return {
    segments: list,
    target: {
      segment: clip(primary, 120),
      rationale: t(ctx, rationale, 600, { segment: ctx.lang === "de" ? primary : lowerFirst(primary) }),
    },
    personas: personas.slice(0, ctx.mods.shorter ? 1 : 3),
  };
}
