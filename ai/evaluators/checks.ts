import type { PlanDraft } from "@/ai/schemas/plan";
import type { QualityCase } from "./dataset/types";

/** Lowercase, accents and punctuation gone, so "Málaga" matches "malaga" and "check-up" matches "check up". */
export function plain(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

function mentions(text: string, spellings: readonly string[]): boolean {
  const haystack = ` ${plain(text)} `;
  return spellings.some((spelling) => haystack.includes(` ${plain(spelling)}`));
}

/** Template stand-ins that say nothing about a business that described itself. */
export const STAND_INS: Readonly<Record<QualityCase["lang"], readonly string[]>> = {
  en: ["products and services", "customers who need", "in your area", "early adopters in the niche"],
  es: ["productos y servicios", "clientes que necesitan", "en tu zona", "early adopters"],
  fr: ["produits et services", "les clients qui en ont besoin", "dans votre secteur", "early adopters de la niche"],
  de: ["Produkte und Leistungen", "Kunden mit akutem Bedarf", "in Ihrer Region", "Early Adopters"],
};
/** The placeholder name a plan falls back to when it has none; never right in a headline. */
export const FALLBACK_NAMES: Readonly<Record<QualityCase["lang"], string>> = {
  en: "Your business",
  es: "Tu negocio",
  fr: "Votre entreprise",
  de: "Ihr Unternehmen",
};

/**
 * Generic subjects: the plan's body calls the business something any business could be called. Every dataset
 * description gives a name or a noun for the business, so a plan should use that instead.
 */
export const GENERIC_SUBJECTS: Readonly<Record<QualityCase["lang"], RegExp>> = {
  en: /\b(?:your|this|the) business\b(?! (?:case|buyers?|model|owners?|hours|days?))/gi,
  es: /\b(?:tu|este|el) negocio\b/gi,
  fr: /\b(?:votre |cette |l[’'])entreprise\b(?! (?:de|d['’]|du|des|en)\b)/gi,
  de: /\b(?:Ihr|Ihrem|Ihres|dieses|diesem|das|dem) Unternehmen\b/g,
};

/** Every string in the plan, body included, in reading order. */
function planStrings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(planStrings);
  if (value && typeof value === "object") return Object.values(value).flatMap(planStrings);
  return [];
}

/** How often the plan calls the business by a generic subject ("Your business", "this business"). */
export function genericSubjects(plan: PlanDraft, lang: QualityCase["lang"]): string[] {
  return planStrings(plan).flatMap((text) => text.match(GENERIC_SUBJECTS[lang]) ?? []);
}

export interface CheckResult {
  pass: boolean;
  reason: string;
}

const PRONOUNS = new Set("we i our my nous je notre wir ich unser unsere somos soy nuestro nuestra".split(" "));

/** The description's first two words when it opens by naming the business ("Tattoo parlour in …"), not with "We …". */
function openingWords(description: string): string | undefined {
  const words = plain(description).split(" ");
  if (PRONOUNS.has(words[0] ?? "") || words.length < 2) return undefined;
  return words.slice(0, 2).join(" ");
}

export function checkTitle(plan: PlanDraft, item: QualityCase): CheckResult {
  const name = item.input.businessName;
  const opening = openingWords(item.input.businessDescription);
  const pass = name ? mentions(plan.title, [name]) : mentions(plan.title, [...item.facts.offer, ...(opening ? [opening] : [])]);
  return { pass, reason: pass ? "names the business or its offer" : `title "${plan.title}" names neither` };
}

export function checkSummaryFacts(plan: PlanDraft, item: QualityCase): CheckResult {
  const facts = (["offer", "place", "audience"] as const).filter((fact) => mentions(plan.executiveSummary, item.facts[fact]));
  const pass = facts.length >= 2;
  return { pass, reason: `summary carries ${facts.join(", ") || "none"} of offer, place, audience` };
}

export function checkStandIns(plan: PlanDraft, item: QualityCase): CheckResult {
  const text = plain(JSON.stringify(plan));
  const headline = plain(`${plan.title} ${plan.executiveSummary}`);
  const found = STAND_INS[item.lang].filter((phrase) => text.includes(plain(phrase)));
  if (headline.includes(plain(FALLBACK_NAMES[item.lang]))) found.push(FALLBACK_NAMES[item.lang]);
  return { pass: found.length === 0, reason: found.length ? `stand-ins: ${found.join("; ")}` : "no stand-ins" };
}

/** The body names the business (its name, or its own noun: "the mobile cat grooming service"), never a generic subject. */
export function checkNamedSubject(plan: PlanDraft, item: QualityCase): CheckResult {
  const found = genericSubjects(plan, item.lang);
  const distinct = [...new Set(found.map((f) => f.toLowerCase()))];
  return {
    pass: found.length === 0,
    reason: found.length ? `${found.length} generic subjects: ${distinct.join("; ")}` : "names the business throughout",
  };
}

/** Personas speak to the stated audience or offer rather than a stock pair. */
export function checkPersonasSpecific(plan: PlanDraft, item: QualityCase): CheckResult {
  const text = plan.audience.personas.map((p) => `${p.name} ${p.summary} ${p.demographics} ${p.goals.join(" ")}`).join(" ");
  const pass = mentions(text, [...item.facts.audience, ...item.facts.offer]);
  return { pass, reason: pass ? "personas mention the audience or offer" : "personas mention neither audience nor offer" };
}

/** Persona names per plan: the same pair for two industries in one language is a stock pair. */
export function personaKey(plan: PlanDraft): string {
  return plan.audience.personas
    .map((p) => p.name)
    .sort()
    .join(" | ");
}

export function checkIndustry(detected: string, item: QualityCase): CheckResult {
  const pass = detected === item.industry;
  return { pass, reason: pass ? `detected ${detected}` : `detected ${detected}, expected ${item.industry}` };
}

export const PER_PLAN_CHECKS = {
  title: checkTitle,
  summaryFacts: checkSummaryFacts,
  noStandIns: checkStandIns,
  personasSpecific: checkPersonasSpecific,
  namedSubject: checkNamedSubject,
} as const;
export type CheckName = keyof typeof PER_PLAN_CHECKS | "personasDistinct" | "industry";
