import { describe, expect, it } from "vitest";
import { enforceProvenance } from "@/ai/post/provenance";
import { PlanDraftSchema } from "@/ai/schemas/plan";
import { type PlanInputDraft, PlanInputSchema } from "@/ai/schemas/plan-input";
import { CHANNELS } from "./channels/catalogue";
import { buildPlanDraft, detectIndustry } from "./index";

/** The five descriptions and the café walk-through from issue 12, with what each must now say. */
function plan(draft: PlanInputDraft) {
  return buildPlanDraft(PlanInputSchema.parse(draft));
}
const firstSentence = (text: string) => text.split(/(?<=\.)\s/)[0] ?? "";
const STAND_INS = /products and services|customers who need|in your area|early adopters in the niche|Your business/;

describe("issue 12: the five descriptions typed by a new user", () => {
  it("mobile cat grooming: title names offer and place, pet industry, no stand-ins, its own personas", () => {
    const p = plan({
      businessDescription: "Mobile cat grooming service in Bristol, from a converted van. We get very busy before Christmas.",
    });
    expect(p.title).toBe("Mobile cat grooming service in Bristol: marketing plan");
    expect(firstSentence(p.executiveSummary)).toMatch(/mobile cat grooming.*Bristol/);
    expect(`${p.title} ${p.executiveSummary}`).not.toMatch(STAND_INS);
    expect(p.situation.business.industry).toBe("pet services");
    expect(p.audience.personas.map((x) => x.name)).not.toContain("Anna, the active searcher");
  });

  it("refurbished laptops: the warranty is not the audience; students are", () => {
    const p = plan({
      businessDescription: "Refurbished laptops sold online to students in Manchester, with a one-year warranty.",
    });
    expect(p.title).toMatch(/^Refurbished laptops/);
    const opening = firstSentence(p.executiveSummary);
    expect(opening).toMatch(/refurbished laptops to students/);
    expect(p.executiveSummary).not.toMatch(/warranty first|students in Manchester, with/);
    expect(p.audience.target.segment).not.toMatch(/warranty/);
    expect(detectIndustry({ description: "Refurbished laptops sold online to students in Manchester" }).id).toBe("resale");
  });

  it("wedding photography in Cork is photography, not a video production company for marketing leads", () => {
    const p = plan({ businessDescription: "Two-person wedding photography studio in Cork. We also do corporate headshots." });
    expect(p.title).toBe("Two-person wedding photography studio in Cork: marketing plan");
    expect(firstSentence(p.executiveSummary)).toMatch(/wedding photography.*Cork/);
    expect(p.executiveSummary).not.toMatch(/video production|marketing leads/);
    expect(p.situation.business.industry).toBe("photography");
  });

  it("tattoo parlour in Austin is a tattoo studio with its own audience and personas", () => {
    const p = plan({
      businessDescription: "Tattoo parlour in Austin with three artists. We take walk-ins but want more custom bookings.",
    });
    expect(p.title).toBe("Tattoo parlour in Austin: marketing plan");
    expect(firstSentence(p.executiveSummary)).toMatch(/Austin/);
    expect(`${p.title} ${p.executiveSummary}`).not.toMatch(STAND_INS);
    expect(p.situation.business.industry).toBe("tattoo and piercing");
    expect(p.audience.personas[0]?.name).toMatch(/custom piece/);
  });

  it("Korean fried chicken food truck keeps its offer and place and becomes a food truck plan", () => {
    const p = plan({ businessDescription: "Korean fried chicken food truck at breweries around Portland, Oregon." });
    expect(p.title).toBe("Korean fried chicken food truck in Portland: marketing plan");
    expect(firstSentence(p.executiveSummary)).toMatch(/Korean fried chicken.*Portland/);
    expect(p.situation.business.industry).toBe("food truck");
  });

  it("the three unrelated businesses no longer share one stock pair of personas", () => {
    const pairs = [
      "Mobile cat grooming service in Bristol, from a converted van.",
      "Refurbished laptops sold online to students in Manchester, with a one-year warranty.",
      "Tattoo parlour in Austin with three artists, walk-ins and custom bookings.",
    ].map((businessDescription) =>
      plan({ businessDescription })
        .audience.personas.map((x) => x.name)
        .join("|"),
    );
    expect(new Set(pairs).size).toBe(3);
  });
});

describe("issue 12: the plant-based café walk-through", () => {
  const input = PlanInputSchema.parse({
    businessDescription:
      "Green Leaf is a plant-based café in Bristol. We sell vegan breakfasts, toasties and specialty coffee, plus lunch catering for offices nearby. We compete with Pret and Boston Tea Party on the same street.",
    businessName: "Green Leaf",
    targetAudience: "Office workers and students near Temple Meads",
    region: "Bristol",
    goals: ["Win 5 recurring office catering clients", "Reach 300 Google reviews"],
    monthlyBudget: { amount: 1200, currency: "GBP" },
  });
  const p = buildPlanDraft(input);
  const json = JSON.stringify(p);

  it("keeps the whole offer and weaves the audience in lower case, never pasted raw", () => {
    expect(p.executiveSummary).toMatch(/vegan breakfasts, toasties and specialty coffee, plus lunch catering to office workers/);
    expect(json).not.toMatch(/plus to Office/);
    expect(json).not.toMatch(/ Office workers and students near Temple Meads/);
  });

  it("measures the catering goal in catering clients, labelled as stated, and the reviews goal in reviews", () => {
    const catering = p.objectives.find((o) => o.title === "Win 5 recurring office catering clients");
    expect(catering?.kpi).toBe("Recurring office catering clients");
    expect(catering?.target).toMatchObject({ value: 5, unit: "clients", source: "user" });
    expect(catering?.baseline.source).toBe("estimate");
    expect(p.kpis.metrics.map((m) => m.name)).toContain("Recurring office catering clients");
    const reviews = p.objectives.find((o) => o.title === "Reach 300 Google reviews");
    expect(reviews?.target).toMatchObject({ value: 300, unit: "reviews", source: "user" });
  });

  it("puts no budget on the free Google Business Profile and spends only where it costs money", () => {
    const gbp = p.channels.find((c) => c.name === "Google Business Profile");
    expect(gbp?.budgetSharePercent).toBe(0);
    const shares = p.channels.reduce((sum, c) => sum + c.budgetSharePercent, 0);
    expect(shares).toBe(100);
    expect(p.budget.rationale).toMatch(/Google Business Profile cost nothing but time/);
    const free = Object.values(CHANNELS).filter((c) => c.free);
    expect(free.map((c) => c.id)).toContain("google-business-profile");
  });

  it("puts a café's acquisition cost in the café range, not £40", () => {
    const cac = p.kpis.metrics.find((m) => /acquisition/i.test(m.name));
    if (cac) expect(cac.target.value).toBeLessThan(15);
  });

  it("names the two competitors the owner gave in the competitor analysis", () => {
    const names = p.situation.competitors.map((c) => c.name);
    expect(names.slice(0, 2)).toEqual(["Pret", "Boston Tea Party"]);
    expect(p.situation.swot.threats.join(" ")).toMatch(/Pret/);
  });

  it("labels no figure `user` unless the owner stated that figure for that thing", () => {
    const copy = structuredClone(p);
    expect(enforceProvenance(copy, input)).toEqual([]);
    expect(() => PlanDraftSchema.parse(p)).not.toThrow();
  });
});

describe("issue 12: an industry the planner does not know", () => {
  it("writes an honest general plan from the owner's words and says the industry was not recognised", () => {
    const p = plan({ businessDescription: "Bespoke kite making and kite repairs in Whitby for families and kite clubs." });
    expect(p.situation.business.industry).toBe("small business");
    expect(p.title).toBe("Bespoke kite making and kite repairs in Whitby: marketing plan");
    expect(firstSentence(p.executiveSummary)).toBe(
      "The bespoke kite making and kite repairs business in Whitby serves families and kite clubs.",
    );
    expect(`${p.title} ${p.executiveSummary}`).not.toMatch(STAND_INS);
    expect(JSON.stringify(p)).not.toMatch(/products and services|customers who need|in your area|early adopters/);
    expect(p.assumptions.assumptions.join(" ")).toMatch(
      /No specific industry was recognised.*your own words \(bespoke kite making/,
    );
  });

  it("says so in every language", () => {
    const said = {
      es: /No se reconoció un sector concreto/,
      fr: /Aucun secteur précis n'a été reconnu/,
      de: /Es wurde keine bestimmte Branche erkannt/,
    };
    for (const [language, pattern] of Object.entries(said)) {
      const p = plan({
        businessDescription: "Bespoke kite making and kite repairs in Whitby for families and kite clubs.",
        language,
      });
      expect(p.assumptions.assumptions.join(" "), language).toMatch(pattern);
    }
  });
});
