import { industryPack } from "../data/industries";
import { deChannelsLocal } from "../data/lang/de/channels-local";
import { deChannelsMedia } from "../data/lang/de/channels-media";
import { deCore } from "../data/lang/de/core";
import { deKpis } from "../data/lang/de/kpis";
import { deSections } from "../data/lang/de/sections";
import { enChannelsLocal } from "../data/lang/en/channels-local";
import { enChannelsMedia } from "../data/lang/en/channels-media";
import { enCore } from "../data/lang/en/core";
import { enKpis } from "../data/lang/en/kpis";
import { enSections } from "../data/lang/en/sections";
import { esChannelsLocal } from "../data/lang/es/channels-local";
import { esChannelsMedia } from "../data/lang/es/channels-media";
import { esCore } from "../data/lang/es/core";
import { esKpis } from "../data/lang/es/kpis";
import { esSections } from "../data/lang/es/sections";
import { frChannelsLocal } from "../data/lang/fr/channels-local";
import { frChannelsMedia } from "../data/lang/fr/channels-media";
import { frCore } from "../data/lang/fr/core";
import { frKpis } from "../data/lang/fr/kpis";
import { frSections } from "../data/lang/fr/sections";
import type { Lang } from "../types";
import type { LanguagePack } from "./pack";

/** Each language's pack, assembled from its data files and the industry registry. */
const PACKS: Readonly<Record<Lang, LanguagePack>> = {
  en: {
    core: enCore,
    sections: enSections,
    channels: { ...enChannelsLocal, ...enChannelsMedia },
    kpis: enKpis,
    industries: industryPack("en"),
  },
  es: {
    core: esCore,
    sections: esSections,
    channels: { ...esChannelsLocal, ...esChannelsMedia },
    kpis: esKpis,
    industries: industryPack("es"),
  },
  fr: {
    core: frCore,
    sections: frSections,
    channels: { ...frChannelsLocal, ...frChannelsMedia },
    kpis: frKpis,
    industries: industryPack("fr"),
  },
  de: {
    core: deCore,
    sections: deSections,
    channels: { ...deChannelsLocal, ...deChannelsMedia },
    kpis: deKpis,
    industries: industryPack("de"),
  },
};

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
  return { lang: "en", pack: PACKS.en, unsupported: tag };
}

/** Tone words of every pack, so a Spanish tone field works in an English plan too. */
export const ALL_PACKS: readonly LanguagePack[] = [PACKS.en, PACKS.es, PACKS.fr, PACKS.de];
