import type { Lang } from "../../types";

/** How a language refers to a business that gave no name: by its own noun, with the article it takes. */
export interface SubjectWords {
  /** A business no industry fits, named by what it sells ("the kite repairs business"). */
  byOffer: string;
  /** Definite articles a noun phrase may open with; a phrase without one is not used as a subject. */
  articles: readonly string[];
  /** Preposition + article that fuse ("de el" → "del"), applied only to the business's noun. */
  contractions: readonly { prep: string; article: string; joined: string }[];
  /** German declension of the article by case, keyed by the nominative article. */
  cases?: { acc: Readonly<Record<string, string>>; dat: Readonly<Record<string, string>> };
}

export const SUBJECT_WORDS: Readonly<Record<Lang, SubjectWords>> = {
  en: { byOffer: "the {offer} business", articles: ["the"], contractions: [] },
  es: {
    byOffer: "el negocio de {offer}",
    articles: ["el", "la", "los", "las"],
    contractions: [
      { prep: "de", article: "el", joined: "del" },
      { prep: "a", article: "el", joined: "al" },
    ],
  },
  fr: {
    byOffer: "l'activité de {offer}",
    articles: ["le", "la", "l'", "les"],
    contractions: [
      { prep: "de", article: "le", joined: "du" },
      { prep: "à", article: "le", joined: "au" },
      { prep: "de", article: "les", joined: "des" },
      { prep: "à", article: "les", joined: "aux" },
    ],
  },
  de: {
    byOffer: "der Betrieb für {offer}",
    articles: ["der", "die", "das"],
    contractions: [
      { prep: "von", article: "dem", joined: "vom" },
      { prep: "zu", article: "dem", joined: "zum" },
      { prep: "zu", article: "der", joined: "zur" },
      { prep: "bei", article: "dem", joined: "beim" },
    ],
    cases: {
      acc: { der: "den", die: "die", das: "das" },
      dat: { der: "dem", die: "der", das: "dem" },
    },
  },
};
