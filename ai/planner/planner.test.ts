import { describe, expect, it } from "vitest";
import { type Figure, PlanDraftSchema } from "@/ai/schemas/plan";
import type { PlanInput } from "@/ai/schemas/plan-input";
import { FIXTURES } from "@/tests/support/planner-fixtures";
import { parseNumber } from "./detect/goals";
import { buildPlanDraft, detectIndustry } from "./index";

/** Every figure in a plan, wherever it sits. */
function figures(value: unknown, found: Figure[] = []): Figure[] {
  if (Array.isArray(value)) for (const item of value) figures(item, found);
  else if (value && typeof value === "object") {
    const record = value as Record<string, unknown>;
    if (typeof record.value === "number" && typeof record.source === "string") found.push(record as unknown as Figure);
    for (const child of Object.values(record)) figures(child, found);
  }
  return found;
}

/** Numbers the owner typed, read the way a person would ("1,500" is 1500). */
function inputNumbers(input: PlanInput): Set<number> {
  const text = JSON.stringify(input);
  const numbers = new Set<number>();
  for (const match of text.matchAll(/\d{1,3}(?:[,.]\d{3})+|\d+(?:[.,]\d+)?/g)) numbers.add(parseNumber(match[0]));
  return numbers;
}

describe("buildPlanDraft on 30 varied businesses", () => {
  it("covers 30 fixtures and every industry", () => {
    expect(FIXTURES).toHaveLength(30);
    const industries = new Set(FIXTURES.map((f) => f.industry).filter(Boolean));
    expect(industries.size).toBeGreaterThanOrEqual(14);
  });

  for (const fixture of FIXTURES) {
    describe(fixture.label, () => {
      const plan = buildPlanDraft(fixture.input);
      const json = JSON.stringify(plan);

      it("passes the plan schema", () => {
        expect(() => PlanDraftSchema.parse(plan)).not.toThrow();
      });

      it("is deterministic", () => {
        expect(buildPlanDraft(fixture.input)).toEqual(plan);
      });

      if (fixture.industry) {
        it(`is recognised as ${fixture.industry}`, () => {
          const detected = detectIndustry({ description: fixture.input.businessDescription, industry: fixture.input.industry });
          expect(detected.id).toBe(fixture.industry);
        });
      }

      it("splits channel shares 70/20/10, summing to exactly 100", () => {
        const sum = plan.channels.reduce((total, channel) => total + channel.budgetSharePercent, 0);
        expect(sum).toBe(100);
        const tier = (name: string) => plan.channels.filter((c) => c.tier === name).reduce((t, c) => t + c.budgetSharePercent, 0);
        expect([tier("proven"), tier("next"), tier("experimental")]).toEqual([70, 20, 10]);
      });

      it("labels as user only numbers that appear in the input, and never uses computed", () => {
        const stated = inputNumbers(fixture.input);
        for (const figure of figures(plan)) {
          expect(figure.source).not.toBe("computed");
          if (figure.source === "user") expect(stated.has(figure.value), `${figure.value} ${figure.unit}`).toBe(true);
        }
      });

      it("uses the stated budget, or an estimate with a basis", () => {
        const total = plan.budget.monthlyTotal;
        if (fixture.input.monthlyBudget) {
          expect(total).toMatchObject({
            value: fixture.input.monthlyBudget.amount,
            unit: fixture.input.monthlyBudget.currency,
            source: "user",
          });
        } else {
          expect(total.source).toBe("estimate");
          expect(total.basis).toBeTruthy();
          expect(total.value).toBeGreaterThan(0);
        }
      });

      it("leaves no template placeholders, filler or instruction text", () => {
        // Report only the offending snippet, not the whole plan.
        const snippet = (pattern: RegExp) => {
          const at = json.search(pattern);
          return at === -1 ? undefined : json.slice(Math.max(0, at - 60), at + 60);
        };
        expect(snippet(/\{[a-zA-Z]+\}/)).toBeUndefined();
        expect(snippet(/\blorem\b|\bTBD\b|\bTODO\b|\bundefined\b|\bNaN\b/)).toBeUndefined();
        expect(snippet(/system prompt|ignore (all )?previous/i)).toBeUndefined();
      });
    });
  }
});

describe("business details from the input", () => {
  const byLabel = (label: string) => {
    const fixture = FIXTURES.find((f) => f.label === label);
    if (!fixture) throw new Error(`no fixture ${label}`);
    return { fixture, plan: buildPlanDraft(fixture.input) };
  };

  it("reuses the name, offer and audience from the description", () => {
    const { plan } = byLabel("UK café with a GBP budget and goals");
    expect(plan.title).toContain("Bean There");
    expect(plan.situation.business.name).toBe("Bean There");
    expect(plan.executiveSummary).toContain("single-origin espresso");
    expect(plan.executiveSummary).toContain("commuters and students");
    expect(plan.objectives[0]?.title).toBe("Get 150 Google reviews in 6 months");
    expect(plan.objectives[0]?.target).toMatchObject({ value: 150, source: "user" });
    expect(plan.objectives[0]?.deadlineDays).toBe(180);
  });

  it("infers currency from the region when no budget is given", () => {
    expect(byLabel("Accounting firm with no budget").plan.budget.monthlyTotal.unit).toBe("GBP");
    expect(byLabel("Boutique hotel in Lisbon").plan.budget.monthlyTotal.unit).toBe("EUR");
    expect(byLabel("Packaging distributor in India").plan.budget.monthlyTotal.unit).toBe("INR");
    expect(byLabel("CrossFit gym in Sydney").plan.budget.monthlyTotal.unit).toBe("AUD");
    expect(byLabel("Habit tracker app").plan.budget.monthlyTotal.unit).toBe("USD");
  });

  it("reads business model and stage from cues", () => {
    expect(byLabel("B2B SaaS for clinics").plan.situation.business.businessModel).toBe("B2B");
    expect(byLabel("D2C candle brand with a huge budget").plan.situation.business.businessModel).toBe("D2C");
    expect(byLabel("Tutoring marketplace in Mexican Spanish").plan.situation.business.businessModel).toBe("marketplace");
    expect(byLabel("Animal shelter charity").plan.situation.business.businessModel).toBe("nonprofit");
    expect(byLabel("German bakery opening next month").plan.situation.business.stage).toBe("launch");
    expect(byLabel("Plumbing business in Denver").plan.situation.business.stage).toBe("established");
    expect(byLabel("Accounting firm with no budget").plan.situation.business.stage).toBe("established");
  });

  it("concentrates a tiny budget on three low-cost channels and spreads a huge one across paid media", () => {
    const tiny = byLabel("Food truck with a tiny budget").plan.channels;
    expect(tiny).toHaveLength(3);
    expect(tiny.map((c) => c.name)).not.toContain("Meta ads (Facebook and Instagram)");
    const huge = byLabel("D2C candle brand with a huge budget").plan.channels;
    expect(huge.length).toBeGreaterThanOrEqual(7);
    expect(huge.filter((c) => /ads|Marketplaces|Creators|Retargeting/.test(c.name)).length).toBeGreaterThanOrEqual(4);
  });

  it("uses industry channels: local search for a café, LinkedIn and outbound for B2B SaaS, marketplaces for e-commerce", () => {
    expect(byLabel("UK café with a GBP budget and goals").plan.channels[0]?.name).toBe("Google Business Profile");
    const saas = byLabel("B2B SaaS for clinics").plan.channels.map((c) => c.name);
    expect(saas).toEqual(expect.arrayContaining(["LinkedIn", "Outbound email and calls"]));
    const shop = byLabel("D2C candle brand with a huge budget").plan.channels.map((c) => c.name);
    expect(shop.some((name) => name.startsWith("Marketplaces"))).toBe(true);
  });

  it("uses 7P for services and 4P for products", () => {
    expect(byLabel("Estate agency in Bristol").plan.strategy.marketingMix.framework).toBe("7P");
    expect(byLabel("Clean skincare brand online").plan.strategy.marketingMix.framework).toBe("4P");
  });

  it("writes Spanish, French and German plans in those languages", () => {
    const es = JSON.stringify(byLabel("Spanish restaurant written in Spanish").plan);
    for (const word of [" para ", " los ", "clientes", "presupuesto", "Reseñas"]) expect(es.includes(word), word).toBe(true);
    const mx = JSON.stringify(byLabel("Tutoring marketplace in Mexican Spanish").plan);
    expect(mx.includes("presupuesto")).toBe(true);
    const fr = JSON.stringify(byLabel("Yoga studio written in French").plan);
    for (const word of [" pour ", " les ", "budget", " avec "]) expect(fr.includes(word), word).toBe(true);
    const de = JSON.stringify(byLabel("German bakery opening next month").plan);
    for (const word of [" und ", " die ", " für ", "Budget", "Kunden"]) expect(de.includes(word), word).toBe(true);
    expect(/ the | and /.test(de)).toBe(false);
  });

  it("falls back to English for unsupported languages and says so", () => {
    const { plan } = byLabel("Unsupported language, vague business");
    expect(plan.assumptions.assumptions.join(" ")).toMatch(/English, Spanish, French or German only.*pt-BR/);
    expect(plan.title).toMatch(/Utrecht/);
  });

  it("writes a normal plan around a prompt-injection attempt", () => {
    const { plan } = byLabel("Prompt injection in the description");
    expect(plan.executiveSummary).toMatch(/Brighton/);
    expect(plan.objectives.map((o) => o.title)).toContain("Get 20 regular clients");
    expect(plan.assumptions.assumptions.join(" ")).toMatch(/read like instructions to an AI were ignored/);
  });

  it("builds a plan in well under 20 ms of CPU at p95", () => {
    // CPU time, not wall time: on a shared machine other processes stretch the wall clock, not the work done here.
    for (const fixture of FIXTURES) buildPlanDraft(fixture.input);
    const times: number[] = [];
    for (let run = 0; run < 60; run++) {
      const fixture = FIXTURES[run % FIXTURES.length];
      if (!fixture) continue;
      const start = process.cpuUsage();
      buildPlanDraft(fixture.input);
      const used = process.cpuUsage(start);
      times.push((used.user + used.system) / 1000);
    }
    times.sort((a, b) => a - b);
    const p95 = times[Math.ceil(times.length * 0.95) - 1] ?? Number.POSITIVE_INFINITY;
    console.info(`built-in planner: p95 ${p95.toFixed(2)} ms CPU over ${times.length} plans`);
    expect(p95).toBeLessThan(20);
  });
});
