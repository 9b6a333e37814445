import { INDUSTRIES, INDUSTRY_BY_ID } from "../data/industries";
import type { IndustryId, IndustryProfile } from "../types";
import { type IndexedText, indexText, scoreLexicon } from "./lexicon";

export interface IndustryDetection {
  id: IndustryId;
  profile: IndustryProfile;
  /** Sub-kind key of the profile, e.g. "cafe" or "legal". */
  kind: string;
  score: number;
  /** Detail words from the description that matched, in the owner's spelling. */
  terms: string[];
}

/** Below this score the description is too vague to name an industry, and the generic profile serves. */
const MIN_SCORE = 3;
const SERVED = /\b(?:for|para|pour|für)\s+[^.,;:!?()]*/giu;
const SERVED_WEIGHT = 0.25;
/** The owner's own `industry` field is short and deliberate, so it counts three times. */
const INDUSTRY_FIELD_WEIGHT = 3;

function surfaceOf(index: IndexedText, term: string): string {
  return term
    .split(" ")
    .map((word) => index.surface.get(word) ?? index.surface.get(`${word}s`) ?? index.surface.get(`${word}es`) ?? word)
    .join(" ");
}

interface Scored {
  profile: IndustryProfile;
  score: number;
  kind: string;
  hits: { term: string; weight: number }[];
}

function scoreProfile(profile: IndustryProfile, texts: readonly { index: IndexedText; weight: number }[]): Scored {
  let score = 0;
  let bestKind = Object.keys(profile.kinds)[0] ?? "business";
  let bestKindScore = 0;
  const hits: { term: string; weight: number }[] = [];
  for (const [kind, lexicon] of Object.entries(profile.kinds)) {
    let kindScore = 0;
    for (const { index, weight } of texts) {
      const result = scoreLexicon(index, lexicon);
      kindScore += result.score * weight;
      if (weight === 1) for (const term of result.hits) hits.push({ term, weight: lexicon[term] ?? 0 });
    }
    score += kindScore;
    if (kindScore > bestKindScore) {
      bestKind = kind;
      bestKindScore = kindScore;
    }
  }
  for (const { index, weight } of texts) {
    const result = scoreLexicon(index, profile.lexicon);
    score += result.score * weight;
    if (weight === 1) for (const term of result.hits) hits.push({ term, weight: profile.lexicon[term] ?? 0 });
  }
  return { profile, score, kind: bestKind, hits };
}

/** Scores every industry lexicon against the description (and the stated industry) and keeps the best. */
export function detectIndustry(args: { description: string; industry?: string }): IndustryDetection {
  // "Software for dental clinics" is software: whom a business serves counts far less than what it is.
  const served = [...args.description.matchAll(SERVED)].map((match) => match[0]);
  const description = indexText(args.description.replace(SERVED, " "));
  const texts = [
    { index: description, weight: 1 },
    { index: indexText(served.join(" . ")), weight: SERVED_WEIGHT },
  ];
  if (args.industry) texts.push({ index: indexText(args.industry), weight: INDUSTRY_FIELD_WEIGHT });

  let best: Scored | undefined;
  for (const profile of INDUSTRIES) {
    const scored = scoreProfile(profile, texts);
    if (!best || scored.score > best.score) best = scored;
  }
  if (!best || best.score < MIN_SCORE) {
    return { id: "generic", profile: INDUSTRY_BY_ID.generic, kind: "business", score: best?.score ?? 0, terms: [] };
  }
  // Detail words ("sourdough", "balayage") say more about this business than the industry's own name does.
  const details = best.hits
    .filter((hit) => best.profile.showcase.includes(hit.term))
    .sort((a, b) => b.weight - a.weight)
    .map((hit) => surfaceOf(description, hit.term));
  const terms = [...new Set(details)].slice(0, 3);
  return { id: best.profile.id, profile: best.profile, kind: best.kind, score: best.score, terms };
}
