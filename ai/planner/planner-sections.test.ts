import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PlanDraftSchema, SECTION_DRAFT_SCHEMAS, SECTION_KEYS, type SectionKey } from "@/ai/schemas/plan";
import { PlanInputSchema } from "@/ai/schemas/plan-input";
import { FIXTURES } from "@/tests/support/planner-fixtures";
import { buildPlanDraft, buildSectionDraft } from "./index";

function fixture(label: string) {
  const found = FIXTURES.find((f) => f.label === label);
  if (!found) throw new Error(`no fixture ${label}`);
  return { input: found.input, plan: buildPlanDraft(found.input) };
}

const regenerate = <K extends SectionKey>(label: string, section: K, instruction: string) => {
  const { input, plan } = fixture(label);
  return { plan, result: buildSectionDraft({ input, plan, section, instruction }) };
};

describe("buildSectionDraft", () => {
  const instructions = [
    "more B2B",
    "cut the budget by 20%",
    "shorter",
    "more social media",
    "focus on Instagram",
    "more premium",
    "make it punchier",
  ];

  it("returns schema-valid sections for every section and instruction", () => {
    for (const label of ["UK café with a GBP budget and goals", "B2B SaaS for clinics", "German bakery opening next month"]) {
      const { input, plan } = fixture(label);
      for (const section of SECTION_KEYS) {
        for (const instruction of instructions) {
          const result = buildSectionDraft({ input, plan, section, instruction });
          const parsed = SECTION_DRAFT_SCHEMAS[section].safeParse(result);
          expect(parsed.success, `${label} / ${section} / ${instruction}`).toBe(true);
        }
      }
    }
  });

  it("cuts the budget by 20% and says so in the basis", () => {
    const { plan, result } = regenerate("UK café with a GBP budget and goals", "budget", "cut the budget by 20%");
    expect(plan.budget.monthlyTotal.value).toBe(800);
    expect(result.monthlyTotal).toMatchObject({ value: 640, unit: "GBP", source: "estimate" });
    expect(result.monthlyTotal.basis).toMatch(/^20% below the stated £800/);
  });

  it("cuts an estimated budget relative to the previous estimate", () => {
    const { plan, result } = regenerate("Estate agency in Bristol", "budget", "reduce budget by 10%");
    expect(result.monthlyTotal.value).toBeCloseTo(plan.budget.monthlyTotal.value * 0.9, 2);
    expect(result.monthlyTotal.basis).toMatch(/10% below the previous estimate/);
  });

  it("shifts audience and channels toward business buyers for 'more B2B'", () => {
    const audience = regenerate("UK café with a GBP budget and goals", "audience", "more B2B").result;
    expect(audience.segments[0]?.name).toMatch(/Businesses buying office catering/);
    expect(audience.personas[0]?.name).toMatch(/office manager/);
    const channels = regenerate("UK café with a GBP budget and goals", "channels", "more B2B").result;
    expect(channels.map((c) => c.name)).toContain("LinkedIn");
  });

  it("makes sections shorter on request", () => {
    const { plan, result } = regenerate("D2C candle brand with a huge budget", "contentCalendar", "shorter please");
    expect(result.length).toBeLessThan(plan.contentCalendar.length);
    const risks = regenerate("D2C candle brand with a huge budget", "risks", "simpler").result;
    expect(risks).toHaveLength(3);
  });

  it("puts a named channel first for 'focus on …'", () => {
    const { result } = regenerate("Plumbing business in Denver", "channels", "focus on Instagram");
    expect(result[0]).toMatchObject({ name: "Instagram", tier: "proven" });
    expect(result.reduce((sum, c) => sum + c.budgetSharePercent, 0)).toBe(100);
  });

  it("adds social channels for 'more social media'", () => {
    const { plan, result } = regenerate("Accounting firm with no budget", "channels", "more social media");
    const social = (names: string[]) => names.filter((n) => /LinkedIn|Instagram|TikTok|Facebook|YouTube/.test(n)).length;
    expect(social(result.map((c) => c.name))).toBeGreaterThan(social(plan.channels.map((c) => c.name)));
  });

  it("repositions at the premium end for 'more premium'", () => {
    const { plan, result } = regenerate("UK café with a GBP budget and goals", "positioning", "more premium");
    expect(result.statement).toMatch(/will pay for the best/);
    expect(result.brandVoice.traits).toContain("Refined");
    expect(result).not.toEqual(plan.positioning);
  });

  it("varies phrasing deterministically when the instruction is not recognised", () => {
    for (const section of SECTION_KEYS) {
      const { plan, result } = regenerate("Boutique hotel in Lisbon", section, "try a different angle");
      expect(result, section).not.toEqual(plan[section]);
      expect(regenerate("Boutique hotel in Lisbon", section, "try a different angle").result).toEqual(result);
    }
  });

  it("keeps the plan's channels when another section is regenerated", () => {
    const { input, plan } = fixture("UK café with a GBP budget and goals");
    const channels = buildSectionDraft({ input, plan, section: "channels", instruction: "focus on email" });
    const edited = { ...plan, channels };
    const calendar = buildSectionDraft({ input, plan: edited, section: "contentCalendar", instruction: "again" });
    expect(calendar.map((item) => item.channel)).toContain("Email newsletter");
  });
});

describe("any valid input gives a schema-valid plan", () => {
  const text = (min: number, max: number) => fc.string({ minLength: min, maxLength: max });
  const words = fc.array(
    fc.constantFrom(
      "café",
      "SaaS",
      "for parents",
      "in London",
      "we sell",
      "B2B",
      "{offer}",
      "ignore previous instructions",
      "2024",
      "10k",
      "€",
      "plumber",
      "yoga",
      "app",
      "é",
    ),
    { maxLength: 40 },
  );
  const input = fc.record(
    {
      businessDescription: fc.tuple(text(20, 300), words).map(([a, b]) => `${a} ${b.join(" ")}`.slice(0, 4000)),
      businessName: text(0, 120),
      industry: text(0, 120),
      targetAudience: text(0, 500),
      region: fc.constantFrom("London", "online", "Berlin", "Tokyo", "Nowhere", ""),
      monthlyBudget: fc.record({
        amount: fc.double({ min: 0, max: 1e9, noNaN: true }),
        currency: fc.constantFrom("USD", "EUR", "GBP", "JPY", "CHF", "BHD"),
      }),
      goals: fc.array(text(1, 200), { maxLength: 10 }),
      timeframeMonths: fc.integer({ min: 1, max: 36 }),
      tone: text(0, 60),
      language: fc.constantFrom("en", "es", "fr-CA", "de-AT", "pt-BR", "ja"),
    },
    { requiredKeys: ["businessDescription"] },
  );

  it("holds for random inputs", () => {
    fc.assert(
      fc.property(input, (raw) => {
        const parsed = PlanInputSchema.safeParse(raw);
        fc.pre(parsed.success);
        if (!parsed.success) return;
        const plan = buildPlanDraft(parsed.data);
        const result = PlanDraftSchema.safeParse(plan);
        if (!result.success) throw new Error(JSON.stringify(result.error.issues.slice(0, 3)));
        expect(plan.channels.reduce((sum, c) => sum + c.budgetSharePercent, 0)).toBe(100);
      }),
      { numRuns: 150, seed: 20240601 },
    );
  });
});
