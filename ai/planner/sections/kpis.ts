import type { PlanDraft } from "@/ai/schemas/plan";
import type { PlanContext } from "../context";
import { KPIS } from "../kpis/catalogue";
import { capitalize, clip, joinList, rotate, uniq } from "../text";
import type { KpiId, Role } from "../types";
import { benchmarkFor, benchmarkOf, estimate, kpiName, kpiUnit, rangeOf, role, showRange, t } from "./helpers";
import { customMeasure } from "./objectives";

type Kpis = PlanDraft["kpis"];

const OWNER_BY_STAGE: Readonly<Record<string, Role>> = {
  awareness: "content",
  consideration: "marketing",
  conversion: "sales",
  retention: "marketing",
  advocacy: "team",
};

export function buildKpis(ctx: PlanContext, objectives: PlanDraft["objectives"]): Kpis {
  const k = ctx.pack.sections.kpis;
  const ids: KpiId[] = ctx.kpis.map((bench) => bench.id);
  const paid = ctx.channels.some((channel) => channel.share > 0) && ctx.budget.amount > 0;
  if (paid && !ids.includes("cac")) ids.push("cac");
  if (!ids.includes("website-visitors") && ctx.reach === "online") ids.push("website-visitors");
  const metrics = ids.slice(0, ctx.mods.shorter ? 4 : 8).map((id) => {
    const name = kpiName(ctx, id);
    const fromObjective = objectives.find((objective) => objective.kpi === name);
    const bench = benchmarkFor(ctx, benchmarkOf(ctx, id));
    const range = rangeOf(ctx, id);
    const basis = range ? t(ctx, k.rangeBasis, 240, showRange(ctx, id, range)) : t(ctx, k.targetBasis, 240);
    const target = fromObjective?.target ?? estimate(bench.target, kpiUnit(ctx, id), basis);
    return {
      name: clip(name, 120),
      definition: clip(ctx.pack.kpis[id].definition, 300),
      target,
      frequency: KPIS[id].cadence,
      owner: clip(role(ctx, OWNER_BY_STAGE[KPIS[id].stage] ?? "marketing"), 80),
    };
  });
  // Goals that count something of their own ("recurring office catering clients") are tracked in that unit, first.
  const custom = ctx.goals.flatMap((goal) => {
    const thing = customMeasure(goal);
    const objective = thing ? objectives.find((o) => o.kpi === capitalize(thing)) : undefined;
    if (!thing || !objective) return [];
    return [
      {
        name: clip(objective.kpi, 120),
        definition: t(ctx, k.customDefinition, 300, { thing }),
        target: objective.target,
        frequency: "monthly" as const,
        owner: clip(role(ctx, "sales"), 80),
      },
    ];
  });
  const tracked = [...custom, ...metrics].slice(0, 10);
  const owner = role(ctx, "owner");
  const people = (...roles: string[]) => clip(joinList(uniq(roles), ctx.pack.core.and), 120);
  const cadence: Kpis["reviewCadence"] = [
    { cadence: "weekly", attendees: people(owner), agenda: t(ctx, k.weekly, 300) },
    { cadence: "monthly", attendees: people(owner, role(ctx, "marketing")), agenda: t(ctx, k.monthly, 300) },
    { cadence: "quarterly", attendees: people(owner, role(ctx, "marketing"), ctx.copy.team), agenda: t(ctx, k.quarterly, 300) },
  ];
  // A regeneration leads with a different metric; the set stays the same.
  return { metrics: rotate(tracked, ctx.mods.variant), reviewCadence: ctx.mods.shorter ? cadence.slice(0, 2) : cadence };
}
