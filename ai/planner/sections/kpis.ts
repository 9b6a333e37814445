import type { PlanDraft } from "@/ai/schemas/plan";
import type { PlanContext } from "../context";
import { KPIS } from "../kpis/catalogue";
import { clip, joinList, rotate, uniq } from "../text";
import type { KpiId, Role } from "../types";
import { benchmarkFor, benchmarkOf, estimate, kpiName, kpiUnit, role, t } from "./helpers";

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
    const target = fromObjective?.target ?? estimate(bench.target, kpiUnit(ctx, id), t(ctx, k.targetBasis, 240));
    return {
      name: clip(name, 120),
      definition: clip(ctx.pack.kpis[id].definition, 300),
      target,
      frequency: KPIS[id].cadence,
      owner: clip(role(ctx, OWNER_BY_STAGE[KPIS[id].stage] ?? "marketing"), 80),
    };
  });
  const owner = role(ctx, "owner");
  const people = (...roles: string[]) => clip(joinList(uniq(roles), ctx.pack.core.and), 120);
  const cadence: Kpis["reviewCadence"] = [
    { cadence: "weekly", attendees: people(owner), agenda: t(ctx, k.weekly, 300) },
    { cadence: "monthly", attendees: people(owner, role(ctx, "marketing")), agenda: t(ctx, k.monthly, 300) },
    { cadence: "quarterly", attendees: people(owner, role(ctx, "marketing"), ctx.copy.team), agenda: t(ctx, k.quarterly, 300) },
  ];
  // A regeneration leads with a different metric; the set stays the same.
  return { metrics: rotate(metrics, ctx.mods.variant), reviewCadence: ctx.mods.shorter ? cadence.slice(0, 2) : cadence };
}
