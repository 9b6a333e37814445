import { SUBJECT_WORDS } from "./data/lang/subject-words";
import type { Lead } from "./detect/lead";
import type { KindWords } from "./i18n/types";
import { capitalize, fill, lowerFirst, normalize } from "./text";
import type { Lang } from "./types";

/** The business's noun in each case the templates ask for: `{name}`, `{nameAcc}`, `{nameDat}`. */
export interface SubjectForms {
  nom: string;
  acc: string;
  dat: string;
}

interface SubjectArgs {
  lang: Lang;
  lead?: Lead;
  /** The owner's own noun for the business ("a specialty coffee roastery"), when the industry is not recognised. */
  ownKind?: KindWords;
  /** The recognised industry's noun, or undefined for the general profile. */
  industryKind?: KindWords;
  offer?: string;
}

/** "the small specialty coffee roastery" → "the specialty coffee roastery": size is not part of the name. */
const SIZE = /^(\S+) (?:small|little|tiny|new|pequeñ[oa]|petite?) /iu;

/** French elides before a vowel: "la école" → "l'école". */
function elide(phrase: string, lang: Lang): string {
  return lang === "fr" ? phrase.replace(/^(?:le|la) (?=[aeiouhéèêàâîôû])/iu, "l'") : phrase;
}

function hasArticle(phrase: string, lang: Lang): boolean {
  return SUBJECT_WORDS[lang].articles.some((a) => phrase.startsWith(a.endsWith("'") ? a : `${a} `));
}

/**
 * What the plan calls a business that gave no name: the owner's own noun ("the mobile cat grooming service"),
 * else the recognised industry's ("le salon de toilettage"), else its offer ("the kite repairs business").
 * Undefined when none is known, and the language's fallback name stands in.
 */
export function subjectNoun(args: SubjectArgs): string | undefined {
  const { lang, lead } = args;
  // "Mobile cat grooming service": an outlet noun was stripped to find the offer, so the phrase names the business.
  if (lang === "en" && lead?.offer && (lead.person || normalize(lead.offer) !== normalize(lead.business))) {
    const proper = lead.offer.charAt(0) !== lead.offer.charAt(0).toLowerCase();
    return `the ${proper ? lead.business : lowerFirst(lead.business)}`;
  }
  for (const kind of [args.ownKind, args.industryKind]) {
    const the = kind ? elide(kind.the.replace(SIZE, "$1 "), lang) : undefined;
    if (the && hasArticle(the, lang)) return the;
  }
  return args.offer ? fill(SUBJECT_WORDS[lang].byOffer, { offer: args.offer }) : undefined;
}

/** German declines the article (and an adjective after it): "der mobile Hundesalon" → "dem mobilen Hundesalon". */
function decline(nom: string, lang: Lang, target: "acc" | "dat"): string {
  const cases = SUBJECT_WORDS[lang].cases;
  const [article = "", ...rest] = nom.split(" ");
  const to = cases?.[target][article];
  if (!to || to === article) return nom;
  let inAdjectives = true;
  const words = rest.map((word) => {
    if (/^\p{Lu}/u.test(word)) inAdjectives = false;
    return inAdjectives && word.endsWith("e") ? `${word}n` : word;
  });
  return [to, ...words].join(" ");
}

export function subjectForms(nom: string, lang: Lang): SubjectForms {
  return { nom, acc: decline(nom, lang, "acc"), dat: decline(nom, lang, "dat") };
}

const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Tidies a filled sentence around the plan's own phrases: fuses preposition and article ("de el" → "del",
 * "à les propriétaires" → "aux propriétaires", "von dem" → "vom") and capitalises the business's noun where it
 * opens a sentence. `forms` is the unnamed business's noun; `phrases` are others placed after a preposition (the audience).
 */
export function subjectPolisher(
  forms: SubjectForms | undefined,
  phrases: readonly string[],
  lang: Lang,
): (text: string) => string {
  const steps: [RegExp, (match: string, ...groups: string[]) => string][] = [];
  const nouns = forms ? [forms.nom, forms.acc, forms.dat] : [];
  for (const form of new Set([...nouns, ...phrases])) {
    for (const c of SUBJECT_WORDS[lang].contractions) {
      if (!form.startsWith(`${c.article} `)) continue;
      const rest = form.slice(c.article.length + 1);
      steps.push([
        new RegExp(`(^|[^\\p{L}])(${literal(c.prep)}) ${literal(form)}(?!\\p{L})`, "giu"),
        (_m, before = "", prep = "") =>
          `${before}${prep.charAt(0) === prep.charAt(0).toLowerCase() ? c.joined : capitalize(c.joined)} ${rest}`,
      ]);
    }
    if (!nouns.includes(form)) continue;
    steps.push([
      new RegExp(`(^|[.!?]\\s+|["“«„]\\s*)${literal(form)}(?!\\p{L})`, "gu"),
      (_m, before = "") => `${before}${capitalize(form)}`,
    ]);
  }
  return (text) => steps.reduce((out, [pattern, replace]) => out.replace(pattern, replace), text);
}
