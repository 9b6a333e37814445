import { BUSINESS_WORDS, type BusinessWords } from "../data/lang/business-words";
import { capitalize, lowerFirst } from "../text";
import type { Lang } from "../types";
import { namesPeople } from "./phrases";
import { safeField } from "./safety";

/** What the opening phrase of a description says: the business as the owner names it, and what it sells. */
export interface Lead {
  /** "Mobile cat grooming service", "Estudio de tatuajes", "Refurbished laptops". */
  business: string;
  /** The same phrase without the outlet noun: "mobile cat grooming", "tatuajes"; absent when only an outlet is named. */
  offer?: string;
  /** The phrase names a person's trade ("wedding planner"): the business, not its offer. */
  person?: boolean;
  /** What a one-word outlet's opening attaches: "mit vegetarischen Burgern und Pommes" (German). */
  linked?: string;
}

const MAX_WORDS = 9;
/** Words that qualify an outlet without saying what it sells: "online shop" sells nothing in particular. */
const FILLER = /^(?:online|local|mobile|en ligne|en l[ií]nea|family|independent|small)$/iu;
/** "Two-person", "small", "family-run": about the business, not what it sells. */
const SIZE_WORDS =
  /^(?:(?:\S+-(?:person|people|man|woman|strong))|small|tiny|independent|family-run|family-owned|petit|petite|pequeño|pequeña|kleine?s?)\s+/iu;

/**
 * Reads a description that opens with a noun phrase rather than a sentence ("Tattoo parlour in Austin, three
 * artists"): the words before the first place, audience or verb word. A phrase with a verb like "is" is not one.
 */
export function leadPhrase(sentence: string | undefined, lang: Lang): Lead | undefined {
  if (!sentence) return undefined;
  const words = BUSINESS_WORDS[lang];
  const all = sentence
    .replace(/[.;:!?()].*$/su, "")
    .split(/\s+/)
    .filter(Boolean);
  // "Organizamos eventos de empresa…": a first-person verb opens the sentence; what it names is the business.
  const verb = lang === "es" && /^\p{Lu}\p{Ll}{2,}(?:amos|emos|imos)$/u.test(all[0] ?? "") && all.length > 2;
  const tokens = verb ? [capitalize(all[1] ?? ""), ...all.slice(2)] : all;
  const first = tokens[0]?.toLowerCase() ?? "";
  if ((words.notLead as readonly string[]).includes(first)) return undefined;
  const kept: string[] = [];
  for (const [i, token] of tokens.entries()) {
    const bare = token.toLowerCase().replace(/[,"“”]+$/u, "");
    // "en ligne", "en línea": how it sells, not where.
    const online = /^(?:ligne|l[ií]nea)\b/iu.test(tokens[i + 1] ?? "");
    if (kept.length > 0 && !online && (words.stops as readonly string[]).includes(bare)) break;
    kept.push(token.replace(/[,]+$/u, ""));
    if (token.endsWith(",")) break;
  }
  if (kept.length === 0 || kept.length > MAX_WORDS) return undefined;
  const phrase = kept.join(" ");
  // A finite verb means a sentence ("Green Leaf is a café"), which other readers handle.
  if (/\s(?:is|are|was|es|son|est|sont|ist|sind)\s/iu.test(` ${phrase} `)) return undefined;
  const business = safeField(phrase);
  if (!business || business.length < 3) return undefined;
  const stripped = stripOutlet(business, lang)?.replace(SIZE_WORDS, "");
  const firstWord = stripped?.split(" ")[0]?.toLowerCase() ?? "";
  const proper = "proper" in words && (words.proper as readonly string[]).includes(firstWord);
  const cased = stripped && !proper && lang !== "de" ? lowerFirst(stripped) : stripped;
  const offer = cased && !FILLER.test(cased) ? cased : undefined;
  const linked = kept.length === 1 ? linkedPhrase(tokens.slice(1), words) : undefined;
  const lead: Lead = offer ? { business, offer } : { business };
  // "Newborn and family photographer": the phrase names who the business is, not what it sells.
  const last = business.split(" ").at(-1)?.toLowerCase() ?? "";
  if ("persons" in words && (words.persons as readonly string[]).includes(last)) lead.person = true;
  if (linked) lead.linked = linked;
  return lead;
}

const LINKED_WORDS = 8;

/**
 * "Familienweingut an der Mosel mit Riesling, …" → "mit Riesling": the first linking word in the opening clause and
 * what follows it up to the next stop word or comma, unless it names people ("für Büroangestellte").
 */
function linkedPhrase(rest: readonly string[], words: BusinessWords): string | undefined {
  const links = words.links;
  if (!links) return undefined;
  const clause: string[] = [];
  for (const token of rest) {
    clause.push(token);
    if (token.endsWith(",")) break;
  }
  const at = clause.findIndex((token) => links.includes(token.toLowerCase()));
  if (at < 0) return undefined;
  const phrase: string[] = [];
  for (const token of clause.slice(at + 1)) {
    const bare = token.replace(/,$/u, "");
    if ((words.stops as readonly string[]).includes(bare.toLowerCase()) || namesPeople(bare)) break;
    phrase.push(bare);
    if (token.endsWith(",") || phrase.length >= LINKED_WORDS) break;
  }
  if (phrase.length === 0 || phrase.some(namesPeople)) return undefined;
  return safeField(`${clause[at]} ${phrase.join(" ")}`);
}

/** "Mobile cat grooming service" → "mobile cat grooming"; "Salon de toilettage" → "toilettage". */
function stripOutlet(phrase: string, lang: Lang): string | undefined {
  const words = BUSINESS_WORDS[lang];
  const lower = phrase.toLowerCase();
  for (const outlet of words.outlets) {
    if (lower === outlet) return undefined;
    if (lower.endsWith(` ${outlet}`)) return phrase.slice(0, -outlet.length - 1).trim();
    const of = "of" in words ? words.of : undefined;
    // "Tienda online de muebles", "Salon de toilettage": what follows "de" is the offer.
    const linked = of ? new RegExp(`^${outlet}(?:\\s+\\S+){0,2}?\\s+${of}\\s+`, "iu").exec(lower) : null;
    if (linked) return phrase.slice(linked[0].length).trim();
  }
  return phrase;
}
