import type { LanguagePack } from "../pack";
import { enChannelsLocal } from "./channels-local";
import { enChannelsMedia } from "./channels-media";
import { enCore } from "./core";
import { enIndustries } from "./industries";
import { enKpis } from "./kpis";
import { enSections } from "./sections";

export const en: LanguagePack = {
  core: enCore,
  sections: enSections,
  channels: { ...enChannelsLocal, ...enChannelsMedia },
  kpis: enKpis,
  industries: enIndustries,
};
