import { normalize } from "../text";
import type { Lexicon } from "../types";

/** A normalized text with a word index, built once per input and scored against many lexicons. */
export interface IndexedText {
  padded: string;
  words: ReadonlyMap<string, number>;
  /** Original spelling of each normalized word, first occurrence. */
  surface: ReadonlyMap<string, string>;
}

export function indexText(text: string): IndexedText {
  const padded = normalize(text);
  const words = new Map<string, number>();
  for (const word of padded.trim().split(" ")) {
    if (word) words.set(word, (words.get(word) ?? 0) + 1);
  }
  const surface = new Map<string, string>();
  for (const raw of text.split(/[^\p{L}\p{N}]+/u)) {
    const key = normalize(raw).trim();
    if (key && !surface.has(key)) surface.set(key, raw);
  }
  return { padded, words, surface };
}

const PLURALS = ["", "s", "es"];

/** Lexicon terms are fixed data, so each is normalized once; detection scores hundreds of them per plan. */
const KEYS = new Map<string, string>();
function keyOf(term: string): string {
  let key = KEYS.get(term);
  if (key === undefined) {
    key = normalize(term).trim();
    KEYS.set(term, key);
  }
  return key;
}

/**
 * How often a term occurs as whole words (plural -s/-es allowed), as a word prefix with a trailing `*`,
 * or as a word suffix with a leading `*` (German compounds put the head noun last: "Fensterreinigung").
 */
export function countTerm(index: IndexedText, term: string): number {
  if (term.startsWith("*")) {
    const tail = keyOf(term.slice(1));
    let count = 0;
    for (const [word, n] of index.words) if (word.endsWith(tail)) count += n;
    return count;
  }
  if (term.endsWith("*")) {
    const stem = keyOf(term.slice(0, -1));
    let count = 0;
    for (const [word, n] of index.words) if (word.startsWith(stem)) count += n;
    return count;
  }
  const key = keyOf(term);
  if (!key.includes(" ")) {
    let count = 0;
    for (const suffix of PLURALS) count += index.words.get(key + suffix) ?? 0;
    return count;
  }
  let count = 0;
  for (const suffix of PLURALS) {
    const needle = ` ${key}${suffix} `;
    let at = index.padded.indexOf(needle);
    while (at !== -1) {
      count++;
      at = index.padded.indexOf(needle, at + needle.length - 1);
    }
  }
  return count;
}

export interface LexiconScore {
  score: number;
  /** Terms found, strongest first, in the normalized form. */
  hits: string[];
}

/** A lexicon's terms, listed once per lexicon object: scoring runs for every profile on every plan. */
const ENTRIES = new WeakMap<Lexicon, readonly (readonly [string, number])[]>();
function entriesOf(lexicon: Lexicon): readonly (readonly [string, number])[] {
  let entries = ENTRIES.get(lexicon);
  if (!entries) {
    entries = Object.entries(lexicon);
    ENTRIES.set(lexicon, entries);
  }
  return entries;
}

/** Sum of weight × occurrences (capped at 2 per term, so one repeated word cannot dominate). */
export function scoreLexicon(index: IndexedText, lexicon: Lexicon): LexiconScore {
  let score = 0;
  let hits: { term: string; weight: number }[] | undefined;
  for (const [term, weight] of entriesOf(lexicon)) {
    const count = countTerm(index, term);
    if (count === 0) continue;
    score += weight * Math.min(count, 2);
    hits ??= [];
    hits.push({ term, weight });
  }
  if (!hits) return { score, hits: [] };
  hits.sort((a, b) => b.weight - a.weight);
  return { score, hits: hits.map((hit) => hit.term) };
}
