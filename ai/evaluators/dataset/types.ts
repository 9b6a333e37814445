import type { PlanInputDraft } from "@/ai/schemas/plan-input";

/** One description a new owner might type, with the facts a reader expects the plan to carry. */
export interface QualityCase {
  id: string;
  lang: "en" | "es" | "fr" | "de";
  /** The industry a marketer would name (a built-in planner industry id). */
  industry: string;
  input: PlanInputDraft;
  /** Each fact lists spellings that count (compared without case or accents). */
  facts: { offer: readonly string[]; place: readonly string[]; audience: readonly string[] };
}

type Row = [
  id: string,
  industry: string,
  description: string,
  offer: readonly string[],
  place: readonly string[],
  audience: readonly string[],
  extra?: Omit<PlanInputDraft, "businessDescription" | "language">,
];

/** Compact rows keep a whole language's cases on one screen. */
export function cases(lang: QualityCase["lang"], rows: readonly Row[]): QualityCase[] {
  return rows.map(([id, industry, description, offer, place, audience, extra]) => ({
    id: `${lang}-${id}`,
    lang,
    industry,
    input: { ...extra, businessDescription: description, ...(lang === "en" ? {} : { language: lang }) },
    facts: { offer, place, audience },
  }));
}
