import type { PlanDraft, SectionKey } from "@/ai/schemas/plan";
import type { PlanInput } from "@/ai/schemas/plan-input";
import { buildContext, type PlanContext } from "./context";
import { parseInstruction } from "./instructions";
import { buildAssumptions } from "./sections/assumptions";
import { buildAudience } from "./sections/audience";
import { buildBudget } from "./sections/budget";
import { buildChannels } from "./sections/channels";
import { buildContentCalendar } from "./sections/content-calendar";
import { buildExecutiveSummary } from "./sections/executive-summary";
import { t } from "./sections/helpers";
import { buildKpis } from "./sections/kpis";
import { buildObjectives } from "./sections/objectives";
import { buildPositioning } from "./sections/positioning";
import { buildRisks } from "./sections/risks";
import { buildRoadmap } from "./sections/roadmap";
import { buildSituation } from "./sections/situation";
import { buildStrategy } from "./sections/strategy";

export { detectIndustry } from "./detect/industry";
export type { IndustryId, Lang } from "./types";

type Objectives = PlanDraft["objectives"];
type Builders = { [K in SectionKey]: (ctx: PlanContext, objectives: Objectives) => PlanDraft[K] };

const BUILDERS: Builders = {
  executiveSummary: buildExecutiveSummary,
  situation: buildSituation,
  audience: buildAudience,
  positioning: buildPositioning,
  objectives: buildObjectives,
  strategy: buildStrategy,
  channels: buildChannels,
  budget: buildBudget,
  roadmap: buildRoadmap,
  contentCalendar: buildContentCalendar,
  kpis: buildKpis,
  risks: buildRisks,
  assumptions: buildAssumptions,
};

function draftFrom(ctx: PlanContext): PlanDraft {
  const objectives = buildObjectives(ctx);
  return {
    title: t(ctx, ctx.named || !ctx.vars.headline ? ctx.pack.core.planTitle : ctx.pack.core.planTitleOffer, 160, {
      name: ctx.name,
    }),
    executiveSummary: buildExecutiveSummary(ctx, objectives),
    situation: buildSituation(ctx),
    audience: buildAudience(ctx),
    positioning: buildPositioning(ctx),
    objectives,
    strategy: buildStrategy(ctx),
    channels: buildChannels(ctx),
    budget: buildBudget(ctx),
    roadmap: buildRoadmap(ctx, objectives),
    contentCalendar: buildContentCalendar(ctx),
    kpis: buildKpis(ctx, objectives),
    risks: buildRisks(ctx),
    assumptions: buildAssumptions(ctx),
  };
}

/**
 * The built-in planner: a complete, schema-valid marketing plan from the owner's input.
 * Pure and deterministic: no network, clock or randomness, so the same input gives the same plan.
 */
export function buildPlanDraft(input: PlanInput): PlanDraft {
  return draftFrom(buildContext(input));
}

/** Tries a few seeds so a regeneration without a recognised instruction still visibly changes. */
const MAX_VARIANTS = 6;

/**
 * Regenerates one section, honouring simple instructions ("more B2B", "cut the budget by 20%",
 * "shorter", "more social media", "focus on Instagram", "more premium") and otherwise varying
 * the phrasing with a seed taken from the instruction.
 */
export function buildSectionDraft<K extends SectionKey>(args: {
  input: PlanInput;
  plan: PlanDraft;
  section: K;
  instruction: string;
}): PlanDraft[K] {
  const mods = parseInstruction(args.instruction);
  const build = BUILDERS[args.section] as (ctx: PlanContext, objectives: Objectives) => PlanDraft[K];
  const attempt = (offset: number): PlanDraft[K] => {
    const ctx = buildContext(args.input, {
      mods: { ...mods, variant: mods.variant + offset },
      plan: args.plan,
      keepChannels: args.section !== "channels",
    });
    return build(ctx, args.section === "objectives" ? buildObjectives(ctx) : args.plan.objectives);
  };
  const current = JSON.stringify(args.plan[args.section]);
  let result = attempt(0);
  for (let offset = 1; offset < MAX_VARIANTS && JSON.stringify(result) === current; offset++) result = attempt(offset);
  return result;
}
