import { describe, expect, it } from "vitest";
import { type PlanInputDraft, PlanInputSchema } from "@/ai/schemas/plan-input";
import { buildPlanDraft } from "./index";

function plan(draft: PlanInputDraft) {
  return buildPlanDraft(PlanInputSchema.parse(draft));
}
const opening = (text: string) => text.split(/(?<=\.)\s/)[0] ?? "";

describe("headlines in every language", () => {
  it("German keeps what a one-word outlet sells, in the title and the summary's first sentence", () => {
    const p = plan({
      businessDescription:
        "Foodtruck mit vegetarischen Burgern und Pommes in München, auf Wochenmärkten und Firmengeländen für Büroangestellte.",
      language: "de",
    });
    expect(p.title).toBe("Foodtruck mit vegetarischen Burgern und Pommes in München: Marketingplan");
    expect(opening(p.executiveSummary)).toMatch(
      /^Der Foodtruck in München mit vegetarischen Burgern und Pommes richtet sich an /,
    );
  });

  it("German does not attach people as if they were the offer", () => {
    const p = plan({ businessDescription: "Nachhilfeinstitut für Schüler der Mittelstufe in Hannover.", language: "de" });
    expect(p.title).toBe("Nachhilfeinstitut in Hannover: Marketingplan");
  });

  it("French places take the preposition they need: en Provence, en France, à Lyon", () => {
    const provence = plan({
      businessDescription: "Nous organisons des mariages clés en main en Provence pour les couples étrangers.",
      language: "fr",
    });
    expect(provence.title).toBe("Mariages clés en main en Provence : plan marketing");
    const lyon = plan({ businessDescription: "Salon de toilettage pour chiens à Lyon.", language: "fr" });
    expect(lyon.title).toBe("Salon de toilettage à Lyon : plan marketing");
  });

  it("Spanish drops an opening first-person verb from the title", () => {
    const p = plan({
      businessDescription: "Organizamos eventos de empresa y cenas de Navidad en Madrid para departamentos de RR. HH.",
      language: "es",
    });
    expect(p.title).toBe("Eventos de empresa y cenas de Navidad en Madrid: plan de marketing");
  });

  it("a trade named in the opening is the business, not its offer", () => {
    const p = plan({ businessDescription: "Wedding planner in London organising barn weddings for couples." });
    expect(opening(p.executiveSummary)).toMatch(/^The wedding planner in London /);
    expect(opening(p.executiveSummary)).not.toMatch(/offers wedding planner/);
  });

  it("an opening phrase that only names the outlet is not repeated as the offer", () => {
    const p = plan({ businessDescription: "Garage automobile à Lille pour les particuliers et les taxis.", language: "fr" });
    expect(opening(p.executiveSummary)).not.toMatch(/propose garage automobile/);
  });
});
