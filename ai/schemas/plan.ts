import { z } from "zod";

/**
 * Where a figure comes from. The UI shows it as a badge and exports print it,
 * because invented numbers are what marketers distrust most in generated plans.
 */
export const FigureSourceSchema = z
  .enum(["user", "estimate", "computed"])
  .describe(
    "user = the number appears in the owner's input; estimate = your own assumption; computed = derived in code (never use computed yourself)",
  );
export type FigureSource = z.infer<typeof FigureSourceSchema>;

export const FigureSchema = z
  .object({
    value: z.number().finite().describe("The number itself, no units or separators"),
    unit: z
      .string()
      .min(1)
      .max(40)
      .describe("Unit: an ISO 4217 code for money, '%' for percentages, or a count noun such as 'customers/month'"),
    source: FigureSourceSchema,
    basis: z.string().max(240).optional().describe("One short phrase on how the number was reached"),
  })
  .describe("A number with its unit and provenance");
export type Figure = z.infer<typeof FigureSchema>;

const text = (description: string, max = 1200) => z.string().min(1).max(max).describe(description);
const list = (description: string, min: number, max: number, itemMax = 300) =>
  z.array(z.string().min(1).max(itemMax)).min(min).max(max).describe(description);

export const FunnelStageSchema = z.enum(["awareness", "consideration", "conversion", "retention", "advocacy"]);
export const ChannelTierSchema = z
  .enum(["proven", "next", "experimental"])
  .describe("70/20/10 rule: proven channels take about 70%, next 20%, experimental 10% of the budget");
export const LevelSchema = z.enum(["low", "medium", "high"]);
export const CadenceSchema = z.enum(["weekly", "monthly", "quarterly"]);

export const SituationSchema = z
  .object({
    business: z.object({
      name: text("Business name; the owner's if given", 120),
      summary: text("Two or three sentences on what the business sells, to whom, where"),
      industry: text("Industry in plain words", 120),
      businessModel: z.enum(["B2C", "B2B", "B2B2C", "D2C", "marketplace", "nonprofit"]),
      stage: z.enum(["idea", "launch", "growth", "established"]).describe("Stage inferred from the description"),
    }),
    market: z.object({
      overview: text("The market the business competes in, two to four sentences"),
      trends: list("Trends that matter for this business", 2, 5),
      size: FigureSchema.optional().describe("Addressable market size if it can be estimated sensibly"),
    }),
    competitors: z
      .array(
        z.object({
          name: text("Competitor name, or a kind of competitor if names are unknown", 120),
          type: z.enum(["direct", "indirect", "substitute"]),
          strengths: text("What they do well", 400),
          weaknesses: text("Where they fall short", 400),
          ourEdge: text("How this business wins against them", 400),
        }),
      )
      .min(3)
      .max(5),
    swot: z.object({
      strengths: list("Internal strengths", 2, 5),
      weaknesses: list("Internal weaknesses", 2, 5),
      opportunities: list("External opportunities", 2, 5),
      threats: list("External threats", 2, 5),
    }),
  })
  .describe("Situation analysis: business, market, competitors, SWOT");

export const AudienceSchema = z
  .object({
    segments: z
      .array(
        z.object({
          name: text("Segment name", 120),
          description: text("Who they are", 500),
          needs: list("What they need from this business", 1, 5),
          priority: z.enum(["primary", "secondary", "tertiary"]),
        }),
      )
      .min(2)
      .max(5),
    target: z.object({
      segment: text("Name of the chosen primary segment, as in segments", 120),
      rationale: text("Why this segment first", 600),
    }),
    personas: z
      .array(
        z.object({
          name: text("A first name and a short label, e.g. 'Maya, the busy commuter'", 120),
          summary: text("One or two sentences about them", 400),
          demographics: text("Age range, role, location, income where relevant", 300),
          goals: list("What they want", 1, 5),
          painPoints: list("What frustrates them today", 1, 5),
          channels: list("Where they spend attention", 1, 6, 80),
          objections: list("Why they might not buy", 1, 4),
          quote: text("Something they might say, in their words", 240),
        }),
      )
      .min(1)
      .max(3),
  })
  .describe("Segments, the chosen target and 1-3 personas");

export const PositioningSchema = z
  .object({
    statement: text("For [target] who [need], [brand] is the [category] that [benefit] because [reason]", 600),
    valueProposition: text("The core promise in one or two sentences", 400),
    keyMessages: list("Messages every channel repeats", 3, 5, 240),
    brandVoice: z.object({
      traits: list("Three or four adjectives", 2, 5, 60),
      do: list("Voice rules to follow", 2, 5, 200),
      dont: list("Voice rules to avoid", 2, 5, 200),
    }),
  })
  .describe("Positioning, value proposition, key messages, brand voice");

export const ObjectiveSchema = z.object({
  title: text("The objective in one line", 200),
  kpi: text("The KPI that measures it", 120),
  baseline: FigureSchema.describe("Where the KPI stands today"),
  target: FigureSchema.describe("Where it should be by the deadline"),
  deadlineDays: z.number().int().min(7).max(1100).describe("Days from the plan's start to the deadline"),
  rationale: text("Why it is achievable and relevant", 400),
});
export const ObjectivesSchema = z.array(ObjectiveSchema).min(3).max(6).describe("SMART objectives");

export const StrategySchema = z
  .object({
    approach: text("The strategic choice in two or three sentences", 800),
    marketingMix: z.object({
      framework: z.enum(["4P", "7P"]).describe("7P for services, 4P for products"),
      product: text("Product", 500),
      price: text("Price", 500),
      place: text("Place", 500),
      promotion: text("Promotion", 500),
      people: z.string().max(500).optional().describe("7P only"),
      process: z.string().max(500).optional().describe("7P only"),
      physicalEvidence: z.string().max(500).optional().describe("7P only"),
    }),
    funnel: z
      .array(
        z.object({
          stage: FunnelStageSchema,
          goal: text("What this stage must achieve", 300),
          tactics: list("Tactics at this stage", 1, 5, 200),
          metric: text("How the stage is measured", 120),
        }),
      )
      .min(3)
      .max(5),
  })
  .describe("Strategy: approach, marketing mix, funnel");

export const ChannelSchema = z.object({
  name: text("Channel name, e.g. 'Google Business Profile' or 'LinkedIn ads'", 80),
  tier: ChannelTierSchema,
  purpose: text("What this channel is for here", 300),
  funnelStage: FunnelStageSchema,
  tactics: list("Concrete tactics", 1, 5, 200),
  budgetSharePercent: z.number().min(0).max(100).describe("Share of the monthly budget, percent; all channels sum to 100"),
  kpi: text("The channel's KPI", 120),
  target: FigureSchema.describe("Monthly target for the KPI"),
});
export const ChannelsSchema = z.array(ChannelSchema).min(3).max(8).describe("Channel mix");

/** What the model writes for the budget; allocations are computed in code. */
export const BudgetDraftSchema = z
  .object({
    monthlyTotal: FigureSchema.describe("Monthly budget; unit is the ISO 4217 currency code"),
    rationale: text("Why this budget and split fit the business", 600),
  })
  .describe("Budget total and rationale; per-channel amounts are computed from channel shares");

export const BudgetAllocationSchema = z.object({
  channel: z.string().min(1).max(80),
  tier: ChannelTierSchema,
  sharePercent: z.number().min(0).max(100),
  amount: FigureSchema,
});
export const BudgetSchema = BudgetDraftSchema.extend({
  currency: z.string().length(3),
  allocations: z.array(BudgetAllocationSchema),
});

export const RoadmapSchema = z
  .object({
    phases: z
      .array(
        z.object({
          days: z.union([z.literal(30), z.literal(60), z.literal(90)]).describe("End day of the phase"),
          focus: text("The phase's focus in one sentence", 300),
          milestones: z
            .array(
              z.object({
                title: text("Milestone", 200),
                owner: text("Role responsible, e.g. 'Owner' or 'Marketing lead'", 80),
                dueDay: z.number().int().min(1).max(90),
                deliverable: text("What exists when it is done", 300),
              }),
            )
            .min(2)
            .max(6),
        }),
      )
      .length(3),
  })
  .describe("30/60/90-day roadmap with owners");

export const ContentItemSchema = z.object({
  week: z.number().int().min(1).max(13),
  channel: text("Channel", 80),
  format: text("Format, e.g. 'Reel', 'Blog post', 'Email'", 80),
  topic: text("Topic or working title", 200),
  funnelStage: FunnelStageSchema,
  owner: text("Role responsible", 80),
});
export const ContentCalendarSchema = z
  .array(ContentItemSchema)
  .min(6)
  .max(26)
  .describe("Content calendar for the first 13 weeks");

export const KpisSchema = z
  .object({
    metrics: z
      .array(
        z.object({
          name: text("KPI", 120),
          definition: text("How it is measured", 300),
          target: FigureSchema,
          frequency: CadenceSchema,
          owner: text("Role responsible", 80),
        }),
      )
      .min(4)
      .max(10),
    reviewCadence: z
      .array(
        z.object({
          cadence: CadenceSchema,
          attendees: text("Who attends", 120),
          agenda: text("What is reviewed and decided", 300),
        }),
      )
      .min(2)
      .max(3),
  })
  .describe("KPIs and the review cadence");

export const RisksSchema = z
  .array(
    z.object({
      risk: text("What could go wrong", 300),
      likelihood: LevelSchema,
      impact: LevelSchema,
      mitigation: text("What lowers the risk now", 300),
      contingency: text("What to do if it happens", 300),
    }),
  )
  .min(3)
  .max(6)
  .describe("Risks and contingencies");

export const AssumptionsSchema = z
  .object({
    assumptions: list("What the plan assumes that the owner did not say", 2, 10),
    openQuestions: list("Questions the owner should answer to sharpen the plan", 2, 8),
  })
  .describe("Assumptions and open questions");

const sections = {
  executiveSummary: text("Executive summary: four to six sentences a busy owner can act on", 2000),
  situation: SituationSchema,
  audience: AudienceSchema,
  positioning: PositioningSchema,
  objectives: ObjectivesSchema,
  strategy: StrategySchema,
  channels: ChannelsSchema,
  budget: BudgetDraftSchema,
  roadmap: RoadmapSchema,
  contentCalendar: ContentCalendarSchema,
  kpis: KpisSchema,
  risks: RisksSchema,
  assumptions: AssumptionsSchema,
};

/** The plan as the model writes it: every section, budget amounts left to code. */
export const PlanDraftSchema = z
  .object({ title: text("Plan title naming the business", 160), ...sections })
  .describe("A complete marketing plan following SOSTAC");
export type PlanDraft = z.infer<typeof PlanDraftSchema>;

/** The plan as saved: the draft with budget amounts computed. */
export const PlanSchema = PlanDraftSchema.extend({ budget: BudgetSchema });
export type Plan = z.infer<typeof PlanSchema>;
export type Budget = z.infer<typeof BudgetSchema>;

export const SECTION_KEYS = [
  "executiveSummary",
  "situation",
  "audience",
  "positioning",
  "objectives",
  "strategy",
  "channels",
  "budget",
  "roadmap",
  "contentCalendar",
  "kpis",
  "risks",
  "assumptions",
] as const satisfies readonly (keyof PlanDraft)[];
export const SectionKeySchema = z.enum(SECTION_KEYS);
export type SectionKey = z.infer<typeof SectionKeySchema>;

/** Schema of one section as the model writes it. */
export const SECTION_DRAFT_SCHEMAS: { [K in SectionKey]: z.ZodType<PlanDraft[K]> } = sections;

export const SECTION_TITLES: Record<SectionKey, string> = {
  executiveSummary: "Executive summary",
  situation: "Situation",
  audience: "Audience",
  positioning: "Positioning",
  objectives: "Objectives",
  strategy: "Strategy",
  channels: "Channels",
  budget: "Budget",
  roadmap: "30/60/90-day roadmap",
  contentCalendar: "Content calendar",
  kpis: "KPIs and reviews",
  risks: "Risks",
  assumptions: "Assumptions and open questions",
};
