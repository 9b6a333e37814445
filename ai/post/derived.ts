import type { Figure, Plan, SectionKey } from "@/ai/schemas/plan";

/**
 * Sections whose model-written text restates figures of other sections: the
 * executive summary names the lead channels and the budget, the budget's
 * rationale explains the channel split. When a section on the right changes,
 * the text on the left may no longer be true.
 */
const RESTATES: Partial<Record<SectionKey, SectionKey[]>> = {
  channels: ["executiveSummary", "budget"],
  budget: ["executiveSummary"],
};

/** The sections whose text may be stale after `changed` was edited, regenerated or rewritten. */
export function nextStale(stale: readonly SectionKey[] | undefined, changed: SectionKey): SectionKey[] {
  const next = new Set((stale ?? []).filter((key) => key !== changed));
  for (const key of RESTATES[changed] ?? []) next.add(key);
  return [...next];
}

export interface LeadChannel {
  name: string;
  sharePercent: number;
}

export interface KeyFigures {
  monthlyTotal: Figure;
  lead: LeadChannel[];
}

/**
 * The figures the summary stands on, read from the channels and the budget at
 * render time, so this line can never disagree with the tables below it.
 * Lead channels: the largest shares, together at least half the budget (two at least, three at most).
 */
export function keyFigures(plan: Pick<Plan, "channels" | "budget">): KeyFigures {
  const sorted = plan.channels
    .map((c) => ({ name: c.name, sharePercent: c.budgetSharePercent }))
    .sort((a, b) => b.sharePercent - a.sharePercent);
  const lead: LeadChannel[] = [];
  let covered = 0;
  for (const channel of sorted) {
    if (lead.length >= 3 || (lead.length >= 2 && covered >= 50)) break;
    lead.push(channel);
    covered += channel.sharePercent;
  }
  return { monthlyTotal: plan.budget.monthlyTotal, lead };
}
