import { describe, expect, it } from "vitest";
import { checkCompleteness } from "@/ai/post/completeness";
import { enforceProvenance } from "@/ai/post/provenance";
import { PlanDraftSchema } from "@/ai/schemas/plan";
import { PlanInputSchema } from "@/ai/schemas/plan-input";
import { INDUSTRY_BY_ID } from "./data/industries";
import { resolveLanguage } from "./i18n";
import { buildPlanDraft } from "./index";
import { INDUSTRY_IDS, type Lang } from "./types";

const LANGS: readonly Lang[] = ["en", "es", "fr", "de"];

/** A description built from the industry's own words, so every profile is exercised in every language. */
function describe_(id: (typeof INDUSTRY_IDS)[number], lang: Lang): string {
  const copy = resolveLanguage(lang).pack.industries[id];
  const kind = Object.values(copy.kinds)[0]?.noun ?? copy.label;
  const term = Object.keys(Object.values(INDUSTRY_BY_ID[id].kinds)[0] ?? {})[0] ?? "";
  return `${kind} ${term} — ${copy.offer}, ${copy.customers}. Lyon, Leeds, Sevilla, Köln.`;
}

describe("every industry in every language", () => {
  it("has at least 25 industries besides the general profile, each with words in four languages", () => {
    expect(INDUSTRY_IDS.filter((id) => id !== "generic").length).toBeGreaterThanOrEqual(25);
    for (const id of INDUSTRY_IDS) for (const lang of LANGS) expect(resolveLanguage(lang).pack.industries[id].label).toBeTruthy();
  });

  it("gives every industry two personas of its own in every language: no persona shared with another industry", () => {
    for (const lang of LANGS) {
      const owner = new Map<string, string>();
      for (const id of INDUSTRY_IDS) {
        const personas = resolveLanguage(lang).pack.industries[id].personas;
        expect(personas.length, `${id} ${lang}`).toBeGreaterThanOrEqual(2);
        for (const persona of personas) {
          const key = `${persona.name}|${persona.summary}`;
          expect(owner.get(key), `${id} ${lang}: "${persona.name}" is also ${owner.get(key)}'s`).toBeUndefined();
          owner.set(key, id);
        }
      }
    }
  });

  for (const id of INDUSTRY_IDS) {
    it(`${id}: complete, schema-valid, budgets exact, provenance clean and deterministic in en/es/fr/de`, () => {
      for (const lang of LANGS) {
        const input = PlanInputSchema.parse({ businessDescription: describe_(id, lang), language: lang });
        const plan = buildPlanDraft(input);
        expect(() => PlanDraftSchema.parse(plan), `${id} ${lang}`).not.toThrow();
        expect(checkCompleteness(plan).missing, `${id} ${lang}`).toEqual([]);
        expect(plan.channels.reduce((sum, c) => sum + c.budgetSharePercent, 0)).toBe(100);
        expect(JSON.stringify(plan), `${id} ${lang}`).not.toMatch(/\{\w+\}/);
        expect(enforceProvenance(structuredClone(plan), input)).toEqual([]);
        expect(buildPlanDraft(input)).toEqual(plan);
      }
    });
  }
});
