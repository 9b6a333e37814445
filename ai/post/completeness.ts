import type { Completeness, PartialPlanDraft } from "@/ai/schemas/generation";
import { SECTION_KEYS, SECTION_TITLES, type SectionKey } from "@/ai/schemas/plan";

type Missing = Completeness["missing"][number];
type Check = (plan: PartialPlanDraft, add: (path: string, message: string) => void) => void;

const filled = (value: unknown): boolean =>
  typeof value === "string" ? value.trim().length > 0 : Array.isArray(value) ? value.length > 0 : value != null;

const countAtLeast = (value: unknown, min: number) => Array.isArray(value) && value.filter(filled).length >= min;

/** What each section needs to be usable, beyond its bare shape. Messages say what to add. */
const CHECKS: Record<SectionKey, Check> = {
  executiveSummary: (plan, add) => {
    if ((plan.executiveSummary?.trim().length ?? 0) < 80)
      add("executiveSummary", "The executive summary is missing or too short to act on.");
  },
  situation: (plan, add) => {
    const s = plan.situation;
    if (!filled(s?.business?.summary)) add("situation.business", "Describe the business.");
    if (!filled(s?.market?.overview)) add("situation.market", "Describe the market.");
    if (!countAtLeast(s?.competitors, 3)) add("situation.competitors", "Name at least 3 competitors.");
    for (const quadrant of ["strengths", "weaknesses", "opportunities", "threats"] as const) {
      if (!countAtLeast(s?.swot?.[quadrant], 1)) add(`situation.swot.${quadrant}`, `The SWOT has no ${quadrant}.`);
    }
  },
  audience: (plan, add) => {
    const a = plan.audience;
    if (!countAtLeast(a?.segments, 2)) add("audience.segments", "List at least 2 audience segments.");
    if (!filled(a?.target?.segment)) add("audience.target", "Choose a target segment.");
    if (!countAtLeast(a?.personas, 1)) add("audience.personas", "Add at least one persona.");
  },
  positioning: (plan, add) => {
    const p = plan.positioning;
    if (!filled(p?.statement)) add("positioning.statement", "Write a positioning statement.");
    if (!filled(p?.valueProposition)) add("positioning.valueProposition", "State the value proposition.");
    if (!countAtLeast(p?.keyMessages, 3)) add("positioning.keyMessages", "Give at least 3 key messages.");
    if (!filled(p?.brandVoice?.traits)) add("positioning.brandVoice", "Describe the brand voice.");
  },
  objectives: (plan, add) => {
    if (!countAtLeast(plan.objectives, 3)) add("objectives", "Set at least 3 SMART objectives.");
    plan.objectives?.forEach((objective, index) => {
      const smart = objective && filled(objective.kpi) && objective.baseline && objective.target && objective.deadlineDays;
      if (!smart) add(`objectives[${index}]`, `Objective ${index + 1} needs a KPI, a baseline, a target and a deadline.`);
    });
  },
  strategy: (plan, add) => {
    const mix = plan.strategy?.marketingMix;
    if (!mix || !["product", "price", "place", "promotion"].every((p) => filled(mix[p as keyof typeof mix])))
      add("strategy.marketingMix", "Complete the marketing mix (product, price, place, promotion).");
    else if (mix.framework === "7P" && !(filled(mix.people) && filled(mix.process) && filled(mix.physicalEvidence)))
      add("strategy.marketingMix", "A 7P mix also needs people, process and physical evidence.");
    if (!countAtLeast(plan.strategy?.funnel, 3)) add("strategy.funnel", "Describe at least 3 funnel stages.");
  },
  channels: (plan, add) => {
    if (!countAtLeast(plan.channels, 3)) add("channels", "Choose at least 3 channels.");
    plan.channels?.forEach((channel, index) => {
      if (!channel || !filled(channel.kpi) || !filled(channel.purpose) || channel.budgetSharePercent === undefined)
        add(`channels[${index}]`, `Channel ${index + 1} needs a purpose, a KPI and a budget share.`);
    });
    const shares = (plan.channels ?? []).map((c) => c?.budgetSharePercent ?? 0);
    const sum = shares.reduce((a, b) => a + b, 0);
    if (shares.length > 0 && Math.abs(sum - 100) > 0.5) add("channels", `Channel budget shares add up to ${sum}%, not 100%.`);
  },
  budget: (plan, add) => {
    const total = plan.budget?.monthlyTotal;
    if (!total || typeof total.value !== "number") add("budget.monthlyTotal", "State a monthly budget.");
    if (!filled(plan.budget?.rationale)) add("budget.rationale", "Explain the budget.");
  },
  roadmap: (plan, add) => {
    const days = (plan.roadmap?.phases ?? []).map((phase) => phase?.days);
    for (const day of [30, 60, 90] as const) {
      const phase = plan.roadmap?.phases?.find((p) => p?.days === day);
      if (!days.includes(day) || !countAtLeast(phase?.milestones, 1))
        add(`roadmap.${day}`, `The ${day}-day phase has no milestones.`);
      else if (phase?.milestones?.some((m) => !filled(m?.owner)))
        add(`roadmap.${day}`, `Give every ${day}-day milestone an owner.`);
    }
  },
  contentCalendar: (plan, add) => {
    if (!countAtLeast(plan.contentCalendar, 6)) add("contentCalendar", "Plan at least 6 pieces of content.");
  },
  kpis: (plan, add) => {
    if (!countAtLeast(plan.kpis?.metrics, 4)) add("kpis.metrics", "Track at least 4 KPIs.");
    if (!countAtLeast(plan.kpis?.reviewCadence, 1)) add("kpis.reviewCadence", "Set a review cadence.");
  },
  risks: (plan, add) => {
    if (!countAtLeast(plan.risks, 3)) add("risks", "List at least 3 risks with contingencies.");
  },
  assumptions: (plan, add) => {
    if (!countAtLeast(plan.assumptions?.assumptions, 1)) add("assumptions.assumptions", "List the plan's assumptions.");
    if (!countAtLeast(plan.assumptions?.openQuestions, 1)) add("assumptions.openQuestions", "List open questions for the owner.");
  },
};

/** Lists what a plan lacks, section by section, in plain words. Accepts partial plans. */
export function checkCompleteness(plan: PartialPlanDraft): Completeness {
  const missing: Missing[] = [];
  for (const section of SECTION_KEYS) {
    if (plan[section] === undefined) {
      missing.push({ section, path: section, message: `The ${SECTION_TITLES[section].toLowerCase()} section is missing.` });
      continue;
    }
    CHECKS[section](plan, (path, message) => missing.push({ section, path, message }));
  }
  return { complete: missing.length === 0, missing };
}
