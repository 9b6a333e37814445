import { describe, expect, it } from "vitest";
import { PlanDraftSchema } from "@/ai/schemas/plan";
import { FIXTURES } from "@/tests/support/planner-fixtures";
import { CHANNELS } from "./channels/catalogue";
import { INDUSTRY_BY_ID } from "./data/industries";
import { ALL_PACKS, resolveLanguage } from "./i18n";
import { buildPlanDraft } from "./index";
import { parseInstruction } from "./instructions";
import { CHANNEL_IDS, type IndustryId } from "./types";

/** Every string in a pack with its path, to compare packs entry by entry. */
function strings(value: unknown, path = "", out = new Map<string, string>()): Map<string, string> {
  if (typeof value === "string") out.set(path, value);
  else if (Array.isArray(value)) {
    value.forEach((item, i) => {
      strings(item, `${path}[${i}]`, out);
    });
  } else if (value && typeof value === "object")
    for (const [key, child] of Object.entries(value)) strings(child, `${path}.${key}`, out);
  return out;
}

const [en, ...others] = ALL_PACKS;

describe("language packs", () => {
  it("resolves packs by primary subtag and falls back to English", () => {
    expect(resolveLanguage("es-MX").lang).toBe("es");
    expect(resolveLanguage("de-AT").lang).toBe("de");
    expect(resolveLanguage("fr-CA").lang).toBe("fr");
    expect(resolveLanguage("pt-BR")).toMatchObject({ lang: "en", unsupported: "pt-BR" });
    expect(resolveLanguage(undefined).lang).toBe("en");
  });

  it("has a definition for every channel and words for every industry kind in every language", () => {
    for (const id of CHANNEL_IDS) expect(CHANNELS[id].id).toBe(id);
    for (const pack of ALL_PACKS) {
      for (const [id, profile] of Object.entries(INDUSTRY_BY_ID)) {
        const copy = pack.industries[id as IndustryId];
        for (const kind of Object.keys(profile.kinds))
          expect(copy.kinds[kind], `${pack.core.locale} ${id} ${kind}`).toBeDefined();
      }
    }
  });

  it("translates every sentence: no long English string survives in the Spanish, French or German packs", () => {
    const english = strings(en);
    for (const pack of others) {
      const leaked = [...strings(pack)]
        .filter(([path, text]) => text.length > 24 && english.get(path) === text)
        .map(([path]) => path);
      expect(leaked, pack.core.locale).toEqual([]);
      // Same shape: the compiler checks keys, this checks list lengths too.
      expect([...strings(pack).keys()].filter((path) => !english.has(path) && !path.includes("toneWords"))).toEqual([]);
    }
  });

  for (const language of ["es", "fr", "de"] as const) {
    it(`writes all 30 businesses in ${language} with no placeholder left`, () => {
      for (const fixture of FIXTURES) {
        const plan = buildPlanDraft({ ...fixture.input, language });
        expect(PlanDraftSchema.safeParse(plan).success, fixture.label).toBe(true);
        const json = JSON.stringify(plan);
        const at = json.search(/\{[a-zA-Z]+\}/);
        expect(at === -1 ? "" : json.slice(at - 40, at + 40), `${language} ${fixture.label}`).toBe("");
      }
    });
  }

  it("reads budget instructions in the four languages", () => {
    for (const instruction of [
      "cut the budget by 20%",
      "recorta el presupuesto un 20 %",
      "réduire le budget de 20 %",
      "Budget um 20 % kürzen",
    ]) {
      expect(parseInstruction(instruction).budgetFactor, instruction).toBeCloseTo(0.8);
    }
    expect(parseInstruction("más B2B").b2b).toBe(true);
    expect(parseInstruction("plus premium").premium).toBe(true);
    expect(parseInstruction("mehr Social Media").social).toBe(true);
    expect(parseInstruction("céntrate en Instagram").focus).toBe("instagram");
  });
});
