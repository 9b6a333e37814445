import type { Lang } from "../types";
import { de } from "./de";
import { en } from "./en";
import { es } from "./es";
import { fr } from "./fr";
import type { LanguagePack } from "./pack";

const PACKS: Readonly<Record<Lang, LanguagePack>> = { en, es, fr, de };

export interface ResolvedLanguage {
  lang: Lang;
  pack: LanguagePack;
  /** The requested tag when the planner cannot write it and falls back to English. */
  unsupported?: string;
}

/** Picks the pack by the primary subtag of a BCP 47 tag: "es-MX" writes Spanish, "pt-BR" falls back to English. */
export function resolveLanguage(tag: string | undefined): ResolvedLanguage {
  const primary = (tag ?? "en").split("-")[0]?.toLowerCase() ?? "en";
  if (primary === "es" || primary === "fr" || primary === "de" || primary === "en") {
    return { lang: primary, pack: PACKS[primary] };
  }
  return { lang: "en", pack: en, unsupported: tag };
}

/** Tone words of every pack, so a Spanish tone field works in an English plan too. */
export const ALL_PACKS: readonly LanguagePack[] = [en, es, fr, de];
