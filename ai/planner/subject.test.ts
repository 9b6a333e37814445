import { describe, expect, it } from "vitest";
import { GENERIC_SUBJECTS, genericSubjects } from "@/ai/evaluators/checks";
import { type PlanInputDraft, PlanInputSchema } from "@/ai/schemas/plan-input";
import { buildPlanDraft } from "./index";
import { subjectForms, subjectPolisher } from "./subject";

function plan(draft: PlanInputDraft) {
  return buildPlanDraft(PlanInputSchema.parse(draft));
}
const texts = (draft: PlanInputDraft) => JSON.stringify(plan(draft));

describe("an unnamed business is called by its own noun in the body", () => {
  it("uses the owner's noun phrase, capitalised where it opens a sentence", () => {
    const p = plan({ businessDescription: "Mobile cat grooming service in Bristol, from a converted van." });
    const json = JSON.stringify(p);
    expect(genericSubjects(p, "en")).toEqual([]);
    expect(json).toMatch(/Meet the people behind the mobile cat grooming service/);
    expect(json).toMatch(/"The plan treats the mobile cat grooming service as /);
    expect(p.situation.business.name).toBe("Mobile cat grooming service");
    // "the mobile cat grooming service is the pet groomer that": no second kind noun after the first.
    expect(p.positioning.statement).toMatch(/, the mobile cat grooming service treats /);
  });

  it("falls back to the recognised industry's noun when the description opens with a sentence", () => {
    const p = plan({ businessDescription: "We walk dogs and run puppy day care in Leeds for busy owners who work long shifts." });
    expect(genericSubjects(p, "en")).toEqual([]);
    expect(JSON.stringify(p)).not.toMatch(/Your business|This business/);
  });

  it("prefers the owner's own noun to the industry's, without its size word", () => {
    const p = plan({
      businessDescription: "We run a small specialty coffee roastery in Portland selling beans online and to local cafes.",
    });
    expect(p.executiveSummary).toMatch(/^The specialty coffee roastery in Portland /);
  });

  it("a named business keeps its name everywhere", () => {
    const json = texts({ businessDescription: "Green Leaf is a plant-based café in Bristol.", businessName: "Green Leaf" });
    expect(json).toMatch(/Meet the team behind Green Leaf/);
  });

  it("Spanish and French fuse the article with the preposition: del, al, du, au, aux", () => {
    const es = texts({ businessDescription: "Food truck de arepas venezolanas en Madrid para oficinistas.", language: "es" });
    expect(es).toMatch(/detrás del food truck/);
    expect(es).not.toMatch(/\b(?:de|a) el food truck/);
    const fr = texts({
      businessDescription: "Salon de toilettage pour chiens à Lyon, pour les propriétaires pressés.",
      language: "fr",
    });
    expect(fr).toMatch(/le salon de toilettage/);
    expect(fr).not.toMatch(/(?:^|[\s"])(?:de|à) le salon| à les propriétaires/);
  });

  it("German declines the noun by case: der Foodtruck, den Foodtruck, vom Foodtruck", () => {
    const de = texts({ businessDescription: "Foodtruck mit vegetarischen Burgern in München.", language: "de" });
    expect(de).toMatch(/hinter dem Foodtruck/);
    expect(de).toMatch(/behandelt den Foodtruck/);
    expect(de).toMatch(/vom Foodtruck/);
    expect(de).not.toMatch(/Ihr Unternehmen|Dieses Unternehmen|\{name(?:Acc|Dat)?\}/);
  });

  it("declines adjectives after the article and leaves feminine accusative alone", () => {
    expect(subjectForms("das inhabergeführte Geschäft", "de")).toEqual({
      nom: "das inhabergeführte Geschäft",
      acc: "das inhabergeführte Geschäft",
      dat: "dem inhabergeführten Geschäft",
    });
    expect(subjectForms("die Kanzlei", "de").acc).toBe("die Kanzlei");
    expect(subjectForms("der mobile Hundesalon", "de").acc).toBe("den mobilen Hundesalon");
  });

  it("the polisher capitalises only at a sentence start and never touches a named business", () => {
    const polish = subjectPolisher(subjectForms("el food truck", "es"), [], "es");
    expect(polish("el food truck ofrece tacos. Visita el food truck.")).toBe("El food truck ofrece tacos. Visita el food truck.");
    expect(subjectPolisher(undefined, [], "es")("de El Rincón")).toBe("de El Rincón");
  });

  it("the generic-subject metric can fail", () => {
    expect("Show the people behind Your business. This business offers tea.".match(GENERIC_SUBJECTS.en)).toHaveLength(2);
    expect("the business case".match(GENERIC_SUBJECTS.en)).toBeNull();
  });
});
