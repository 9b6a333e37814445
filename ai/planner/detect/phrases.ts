import type { KindWords } from "../i18n/types";
import { normalize } from "../text";
import type { Lang } from "../types";
import { safeField } from "./safety";

const CAP_WORD = "\\p{Lu}[\\p{L}\\p{N}'’&.-]*";
const NAME_RUN = `${CAP_WORD}(?:\\s+(?:&|and|y|et|und|de|del|la|le|du|der|die|das|the|of)?\\s*${CAP_WORD}){0,3}`;
const CALLED = new RegExp(`(?:called|named|llamad[oa]|nommée?|appelée?|namens|heißt)\\s+["“'‘«]?(${NAME_RUN})`, "u");
const SUBJECT = new RegExp(
  `^["“«]?(${NAME_RUN})["”»]?\\s+(?:is|are|was|sells|makes|offers|helps|builds|runs|provides|serves|es|son|vende|ofrece|est|vend|propose|ist|verkauft|bietet)\\b`,
  "u",
);
const NOT_NAMES = new Set([
  "we",
  "i",
  "our",
  "my",
  "this",
  "it",
  "the",
  "a",
  "an",
  "nosotros",
  "nous",
  "wir",
  "unser",
  "unsere",
  "notre",
  "nuestra",
  "nuestro",
  "mi",
  "ma",
  "mon",
  "meine",
  "mein",
]);

/** The business name if the description gives one ("Bean There is a café…", "…called Northwind"). */
export function deriveName(sentences: readonly string[]): string | undefined {
  for (const sentence of sentences.slice(0, 3)) {
    const match = CALLED.exec(sentence) ?? SUBJECT.exec(sentence);
    const name = match?.[1]?.replace(/[.,'’]+$/, "").trim();
    if (!name) continue;
    const first = name.split(/\s+/)[0]?.toLowerCase() ?? "";
    if (NOT_NAMES.has(first) && name.split(/\s+/).length === 1) continue;
    if (["we", "i", "our", "my", "nous", "wir", "unser", "unsere"].includes(first)) continue;
    const safe = safeField(name);
    if (safe && safe.length <= 60) return safe;
  }
  return undefined;
}

const VERBS =
  "sell|sells|selling|offer|offers|offering|make|makes|making|provide|provides|providing|serve|serves|serving|build|builds|bake|bakes|design|designs|teach|teaches|create|creates|produce|produces|manufacture|manufactures|supply|supplies|organi[sz]e|organi[sz]es|rent|rents|develop|develops|automate|automates|simplify|simplifies|streamline|streamlines|vendemos|vende|ofrecemos|ofrece|servimos|sirve|hacemos|fabricamos|elaboramos|diseñamos|enseñamos|organizamos|desarrollamos|vendons|vend|proposons|propose|servons|sert|fabriquons|fabrique|créons|crée|concevons|organisons|développons|enseignons|verkaufen|verkauft|bieten|bietet|servieren|backen|backt|herstellen|stellen|entwickeln|entwickelt|produzieren|organisieren|unterrichten";
const OFFER_VERBS = new RegExp(`\\b(?:${VERBS})\\s+([^.;:!?\\n()]{3,120})`, "iu");
/** "bicycles and sell second-hand bikes": a second verb starts a second offer. */
const SECOND_VERB = new RegExp(`\\s+(?:and|y|et|und)\\s+(?:we\\s+|also\\s+)*(?:${VERBS})\\b.*$`, "iu");
const OFFER_STOP =
  /\s(?:to|for|in|at|across|from|since|via|through|with our|para|en(?! main\b)|desde|a los|a las|pour|à|aux|dans|depuis|für|im|seit|über)\s.*$/iu;
const WEAK_OFFER =
  /^(?:and|or|y|o|et|ou|und|oder|it|them|this|that|sure|people|customers|clients|you|a difference|it easy|es|les|sie|lo|la)\b/i;

const OFFER_WORDS = 14;

function cutList(words: readonly string[], cut: boolean): string {
  const text = words.join(" ");
  if (!cut) return text;
  const comma = text.lastIndexOf(",");
  return comma > 10 ? text.slice(0, comma) : text;
}

/** Words a phrase cut short must not end on ("… wholesale to a"). */
const DANGLING = new Set(
  "a an the to of at for in on with and or but by from dozen few some many their our your un une una uno el la los las le les des de del du à au aux y o et ou en para por con ein eine einen der die das den dem und oder für mit zu von im am".split(
    " ",
  ),
);

/** A phrase that names people ("to commuters and students"), at most twelve words and never ending mid-phrase, if it is safe to print. */
function peoplePhrase(phrase: string): string | undefined {
  // "students in Manchester, with a one-year warranty": what follows a comma or "with" is about the offer, not the people.
  // "students in Manchester": the place is said elsewhere in the plan.
  const own = phrase.split(/,|\s(?:with|con|avec|mit|who|que|qui|die|in|en|à|near|around|cerca|près|bei)\s/iu)[0] ?? "";
  const words = own.trim().split(/\s+/).slice(0, 12);
  if (/^\d/.test(words[0] ?? "")) return undefined;
  if (!words.some((word) => PEOPLE_WORDS.has(normalize(word).trim()))) return undefined;
  while (
    words.length > 1 &&
    DANGLING.has(
      normalize(words.at(-1) ?? "")
        .trim()
        .replace(/[,]+$/, ""),
    )
  )
    words.pop();
  return safeField(words.join(" ").replace(/[,\s]+$/, ""));
}

/**
 * What the business sells, in the owner's words ("specialty coffee and homemade pastries"),
 * and whom to, when the same sentence says ("… to commuters and students").
 */
export function deriveOffer(sentences: readonly string[]): { offer?: string; audience?: string } {
  for (const sentence of sentences.slice(0, 4)) {
    const match = OFFER_VERBS.exec(sentence);
    const raw = match?.[1];
    if (!raw) continue;
    const tail = OFFER_STOP.exec(raw)?.[0].trim();
    const cut = raw
      .replace(SECOND_VERB, "")
      .replace(OFFER_STOP, "")
      .replace(/\s+(?:an|online|en ligne|en l[ií]nea|locally|worldwide)$/i, "")
      .replace(/[,\s]+$/, "")
      .split(/\s+/);
    // A long list is cut after its last whole item, never mid-phrase ("… specialty coffee, plus").
    // "beans online and to local cafes": the conjunction goes, then how it sells ("online"), which is not what it sells.
    const short = cutList(cut.slice(0, OFFER_WORDS), cut.length > OFFER_WORDS)
      .replace(/\s+(?:and|y|et|und|or|o|ou|oder|plus|,)$/i, "")
      .replace(/\s+(?:online|en ligne|en l[ií]nea|locally|worldwide)$/i, "");
    if (short.length < 3 || WEAK_OFFER.test(short)) continue;
    // "We serve families" names an audience, not an offer.
    if (short.split(/\s+/).some((word) => PEOPLE_WORDS.has(normalize(word).trim()))) continue;
    const offer = safeField(short);
    if (!offer) continue;
    const toWhom =
      tail && /^(?:to|for|para|pour|für|a|à|aux|an)\s/i.test(tail) ? peoplePhrase(tail.replace(/^\S+\s+/, "")) : undefined;
    return toWhom ? { offer, audience: toWhom } : { offer };
  }
  return {};
}

/** Words that show a "for …" phrase names people or organisations, not a duration or purpose. */
const PEOPLE = normalize(
  "people parents families students professionals businesses companies teams owners firms startups teens teenagers kids children women men seniors retirees homeowners tourists travellers travelers locals commuters workers clinics schools restaurants shops retailers brands developers marketers founders couples runners athletes beginners landlords buyers sellers patients dogs pets gamers players members donors expats freelancers agencies manufacturers contractors employers employees managers leaders customers clients mums moms dads familias empresas estudiantes padres niños jóvenes profesionales clientes mujeres turistas familles entreprises étudiants parents enfants jeunes professionnels clients femmes touristes familien unternehmen studenten eltern kinder jugendliche kunden frauen touristen tradespeople traders readers diners guests hikers walkers cyclists tenants renters learners drivers fleets artisans shoppers propietarios dueños conductores enoturistas particuliers propriétaires commerçants artisans pendler hausbesitzer führungskräfte schüler freiberufler berufstätige welpenbesitzer adolescentes adultos adolescents adultes erwachsene senioren",
);
const PEOPLE_WORDS = new Set(PEOPLE.trim().split(" "));

/** "Büroangestellte", "students": a word that names people rather than something sold. */
export function namesPeople(word: string): boolean {
  return PEOPLE_WORDS.has(normalize(word).trim());
}
/** "for busy parents", and "sold online to students": both name the people the business serves. */
const FOR_PHRASE = /\b(?:for|para|pour|für|to|aux|an)\s+([^.,;:!?\n()]{3,90})/giu;

/** The audience the description names ("for busy parents in Leeds"), if any. */
export function deriveAudience(sentences: readonly string[]): string | undefined {
  for (const sentence of sentences.slice(0, 5)) {
    for (const match of sentence.matchAll(FOR_PHRASE)) {
      const phrase = (match[1] ?? "").split(/\s+(?:who|that|which|to|and we|que|qui|die)\s/i)[0] ?? "";
      const found = peoplePhrase(phrase);
      if (found) return found;
    }
  }
  return undefined;
}

/** "We run a dog-walking service", "Somos una tienda de bicis": the owner's own name for the business. */
const KIND_PATTERNS: Readonly<Record<Lang, RegExp>> = {
  en: /\b(?:we run|we are|we're|we operate|is|runs|operates)\s+(an?)\s+([^.,;:!?()]{3,60}?)(?=\s+(?:in|for|that|which|based|serving|offering|with|who|and we)\b|[.,;:!?]|$)/iu,
  es: /\b(?:somos|es|tenemos)\s+(una?)\s+([^.,;:!?()]{3,60}?)(?=\s+(?:en|para|que|con)\b|[.,;:!?]|$)/iu,
  fr: /\b(?:nous sommes|est|nous avons)\s+(une?)\s+([^.,;:!?()]{3,60}?)(?=\s+(?:à|a|en|pour|qui|avec|dans)\b|[.,;:!?]|$)/iu,
  de: /\b(?:wir sind|ist|betreiben)\s+(eine?n?)\s+([^.,;:!?()]{3,60}?)(?=\s+(?:in|für|mit|das|die|der|und)\b|[.,;:!?]|$)/iu,
};
const DEFINITE: Readonly<Record<string, string>> = { a: "the", an: "the", un: "el", una: "la", une: "la" };

export function deriveKind(sentences: readonly string[], lang: Lang): KindWords | undefined {
  for (const sentence of sentences.slice(0, 3)) {
    const match = KIND_PATTERNS[lang].exec(sentence);
    const article = match?.[1];
    const noun = match?.[2] ? safeField(match[2]) : undefined;
    if (!article || !noun || noun.split(/\s+/).length > 7) continue;
    const lower = article.toLowerCase();
    // French "un/une" takes "le/la"; German articles depend on gender, so the neutral phrasing keeps "ein(e)".
    const definite = lang === "fr" ? (lower === "un" ? "le" : "la") : (DEFINITE[lower] ?? lower);
    return { noun, a: `${lower} ${noun}`, the: `${definite} ${noun}` };
  }
  return undefined;
}
