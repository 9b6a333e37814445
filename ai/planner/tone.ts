import { ALL_PACKS } from "./i18n";
import { capitalize, normalize } from "./text";
import type { ToneFamily } from "./types";

export interface Tone {
  family: ToneFamily;
  /** Traits in the owner's words when a tone was given; empty means "use the family's traits". */
  ownTraits: string[];
}

const FAMILIES: readonly ToneFamily[] = ["premium", "expert", "bold", "caring", "friendly"];

/** Reads the owner's tone ("warm, a bit cheeky") into a voice family and keeps their own adjectives. */
export function detectTone(tone: string | undefined, fallback: ToneFamily, premium: boolean): Tone {
  if (premium) return { family: "premium", ownTraits: tone ? splitTraits(tone) : [] };
  if (!tone) return { family: fallback, ownTraits: [] };
  const text = normalize(tone);
  for (const family of FAMILIES) {
    for (const pack of ALL_PACKS) {
      if (pack.core.toneWords[family].some((word) => text.includes(` ${normalize(word).trim()}`))) {
        return { family, ownTraits: splitTraits(tone) };
      }
    }
  }
  return { family: fallback, ownTraits: splitTraits(tone) };
}

function splitTraits(tone: string): string[] {
  return tone
    .split(/,|\/|&|;|\band\b|\by\b|\bet\b|\bund\b|\bbut\b|\bpero\b|\bmais\b|\baber\b/i)
    .map((part) => part.trim())
    .filter((part) => part.length > 1 && part.length <= 40)
    .slice(0, 4)
    .map(capitalize);
}
