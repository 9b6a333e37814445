import { keyFigures } from "@/ai/post/derived";
import type { SectionKey } from "@/ai/schemas/plan";
import { formatPercent } from "@/lib/format/numbers";
import type { Block, Item, OutlineContext } from "./outline";
import { figureText } from "./provenance";
import { isoDate, PHASE_START_DAY } from "./schedule";

const cap = (value: string) => value.charAt(0).toUpperCase() + value.slice(1);
const joined = (values: string[]) => values.join("; ");
const heading = (text: string): Block => ({ kind: "heading", text });
const paragraph = (text: string, label?: string): Block => ({ kind: "paragraph", text, label });
const list = (items: Item[], label?: string): Block => ({ kind: "list", items, label });

/** "€2,000 a month (stated by you); lead channels: Instagram 40%, Google Ads 30%": read from the data, never stale. */
export function keyFiguresText(plan: OutlineContext["plan"], locale: string): string {
  const { monthlyTotal, lead } = keyFigures(plan);
  const channels = lead.map((c) => `${c.name} ${formatPercent(c.sharePercent, locale)}`).join(", ");
  return `${figureText(monthlyTotal, locale)} a month; lead channels: ${channels}.`;
}

/** One builder per section, in the plan's order; each returns what that section shows. */
export const SECTION_BLOCKS: { [K in SectionKey]: (ctx: OutlineContext) => Block[] } = {
  executiveSummary: ({ plan, locale }) => [
    paragraph(plan.executiveSummary),
    paragraph(keyFiguresText(plan, locale), "In figures"),
  ],

  situation: ({ plan: { situation }, locale }) => {
    const { business, market } = situation;
    return [
      heading("Business"),
      paragraph(
        `${business.name} · ${business.industry} · ${business.businessModel} · ${cap(business.stage)} stage. ${business.summary}`,
      ),
      heading("Market"),
      paragraph(market.overview),
      ...(market.size ? [paragraph(figureText(market.size, locale, { basis: true }), "Market size")] : []),
      list(market.trends, "Trends"),
      heading("Competitors"),
      ...situation.competitors.map((c) =>
        list(
          [
            { label: "Strengths", text: c.strengths },
            { label: "Weaknesses", text: c.weaknesses },
            { label: "Our edge", text: c.ourEdge },
          ],
          `${c.name} (${c.type})`,
        ),
      ),
      heading("SWOT"),
      list(situation.swot.strengths, "Strengths"),
      list(situation.swot.weaknesses, "Weaknesses"),
      list(situation.swot.opportunities, "Opportunities"),
      list(situation.swot.threats, "Threats"),
    ];
  },

  audience: ({ plan: { audience } }) => [
    heading("Segments"),
    ...audience.segments.map((s) =>
      list([s.description, { label: "Needs", text: joined(s.needs) }], `${s.name} (${s.priority})`),
    ),
    heading("Target"),
    paragraph(audience.target.rationale, audience.target.segment),
    heading("Personas"),
    ...audience.personas.map((p) =>
      list(
        [
          p.summary,
          { label: "Demographics", text: p.demographics },
          { label: "Goals", text: joined(p.goals) },
          { label: "Pain points", text: joined(p.painPoints) },
          { label: "Channels", text: joined(p.channels) },
          { label: "Objections", text: joined(p.objections) },
          { label: "In their words", text: `“${p.quote}”` },
        ],
        p.name,
      ),
    ),
  ],

  positioning: ({ plan: { positioning } }) => [
    paragraph(positioning.statement, "Positioning statement"),
    paragraph(positioning.valueProposition, "Value proposition"),
    list(positioning.keyMessages, "Key messages"),
    list(
      [
        { label: "Traits", text: positioning.brandVoice.traits.join(", ") },
        { label: "Do", text: joined(positioning.brandVoice.do) },
        { label: "Don't", text: joined(positioning.brandVoice.dont) },
      ],
      "Brand voice",
    ),
  ],

  objectives: ({ plan, locale }) =>
    plan.objectives.map((o, index) =>
      list(
        [
          { label: "KPI", text: o.kpi },
          { label: "Baseline", text: figureText(o.baseline, locale) },
          { label: "Target", text: figureText(o.target, locale) },
          { label: "Deadline", text: `within ${o.deadlineDays} days` },
          { label: "Why", text: o.rationale },
        ],
        `${index + 1}. ${o.title}`,
      ),
    ),

  strategy: ({ plan: { strategy } }) => {
    const mix = strategy.marketingMix;
    const ps: [string, string | undefined][] = [
      ["Product", mix.product],
      ["Price", mix.price],
      ["Place", mix.place],
      ["Promotion", mix.promotion],
      ["People", mix.people],
      ["Process", mix.process],
      ["Physical evidence", mix.physicalEvidence],
    ];
    return [
      paragraph(strategy.approach),
      heading(`Marketing mix (${mix.framework})`),
      list(ps.filter((p): p is [string, string] => Boolean(p[1]?.trim())).map(([label, text]) => ({ label, text }))),
      heading("Funnel"),
      ...strategy.funnel.map((f) =>
        list(
          [
            { label: "Goal", text: f.goal },
            { label: "Tactics", text: joined(f.tactics) },
            { label: "Measured by", text: f.metric },
          ],
          cap(f.stage),
        ),
      ),
    ];
  },

  channels: ({ plan, locale }) =>
    plan.channels.map((c) =>
      list(
        [
          `${cap(c.tier)} · ${c.funnelStage} · ${formatPercent(c.budgetSharePercent, locale)} of the budget`,
          { label: "Purpose", text: c.purpose },
          { label: "Tactics", text: joined(c.tactics) },
          { label: "KPI", text: `${c.kpi}, target ${figureText(c.target, locale)}` },
        ],
        c.name,
      ),
    ),

  budget: ({ plan: { budget }, locale }) => [
    paragraph(figureText(budget.monthlyTotal, locale, { basis: true }), "Monthly budget"),
    paragraph(budget.rationale),
    {
      kind: "table",
      caption: "Monthly budget by channel",
      columns: ["Channel", "Tier", "Share", "Amount / month"],
      numeric: [2, 3],
      rows: [
        ...budget.allocations.map((a) => [
          a.channel,
          cap(a.tier),
          formatPercent(a.sharePercent, locale),
          figureText(a.amount, locale),
        ]),
        // The amounts add up to the monthly total exactly: the total row is that figure, with its own source.
        ["Total", "", formatPercent(100, locale), figureText(budget.monthlyTotal, locale)],
      ],
      totalRow: true,
    },
  ],

  roadmap: ({ plan, schedule }) =>
    plan.roadmap.phases.flatMap((phase) => [
      heading(`Days ${PHASE_START_DAY[phase.days]}–${phase.days}`),
      paragraph(phase.focus, "Focus"),
      {
        kind: "table",
        caption: `Milestones, days ${PHASE_START_DAY[phase.days]}–${phase.days}`,
        columns: ["Due", "Milestone", "Owner", "Deliverable"],
        rows: phase.milestones.map((m) => [
          `Day ${m.dueDay} (${isoDate(schedule.dateOfDay(m.dueDay))})`,
          m.title,
          m.owner,
          m.deliverable,
        ]),
      } satisfies Block,
    ]),

  contentCalendar: ({ plan, schedule }) => [
    {
      kind: "table",
      caption: "Content calendar",
      columns: ["Week of", "Channel", "Format", "Topic", "Stage", "Owner"],
      rows: plan.contentCalendar.map((c) => [
        `${c.week} (${isoDate(schedule.startOfWeek(c.week))})`,
        c.channel,
        c.format,
        c.topic,
        c.funnelStage,
        c.owner,
      ]),
    },
  ],

  kpis: ({ plan: { kpis }, locale }) => [
    {
      kind: "table",
      caption: "KPIs",
      columns: ["KPI", "Definition", "Target", "Checked", "Owner"],
      rows: kpis.metrics.map((m) => [m.name, m.definition, figureText(m.target, locale), m.frequency, m.owner]),
    },
    heading("Review cadence"),
    list(kpis.reviewCadence.map((r) => ({ label: `${cap(r.cadence)} (${r.attendees})`, text: r.agenda }))),
  ],

  risks: ({ plan }) =>
    plan.risks.map((r) =>
      list(
        [
          { label: "Likelihood / impact", text: `${r.likelihood} / ${r.impact}` },
          { label: "Mitigation", text: r.mitigation },
          { label: "Contingency", text: r.contingency },
        ],
        r.risk,
      ),
    ),

  assumptions: ({ plan }) => [
    list(plan.assumptions.assumptions, "Assumptions"),
    list(plan.assumptions.openQuestions, "Open questions"),
  ],
};
