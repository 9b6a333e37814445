import { BUSINESS_WORDS } from "../data/lang/business-words";
import type { Lang } from "../types";
import { safeField } from "./safety";

const NAME = "\\p{Lu}[\\p{L}\\p{N}'’&.-]*(?:\\s+(?:&\\s+)?\\p{Lu}[\\p{L}\\p{N}'’&.-]*){0,3}";
const LIST = new RegExp(`^\\s*(${NAME}(?:\\s*(?:,|and|or|y|o|et|ou|und|oder)\\s+${NAME}){0,4})`, "u");
const MAX = 3;

/** Competitors the owner names ("we compete with Pret and Boston Tea Party"), in their spelling; any language's cue counts. */
export function namedCompetitors(sentences: readonly string[], lang: Lang): string[] {
  const cues = [...new Set([...BUSINESS_WORDS[lang].rivals, ...BUSINESS_WORDS.en.rivals])];
  const found: string[] = [];
  for (const sentence of sentences) {
    const lower = sentence.toLowerCase();
    for (const cue of cues) {
      const at = lower.indexOf(cue);
      if (at < 0) continue;
      const list = LIST.exec(sentence.slice(at + cue.length))?.[1] ?? "";
      for (const raw of list.split(/\s*(?:,|\band\b|\bor\b|\by\b|\bo\b|\bet\b|\bou\b|\bund\b|\boder\b)\s*/u)) {
        const name = safeField(raw.replace(/[.,]+$/u, "").trim());
        if (name && !found.includes(name)) found.push(name);
      }
    }
  }
  return found.slice(0, MAX);
}
