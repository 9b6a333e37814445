import type { LanguagePack } from "../pack";
import { deChannelsLocal } from "./channels-local";
import { deChannelsMedia } from "./channels-media";
import { deCore } from "./core";
import { deIndustries } from "./industries";
import { deKpis } from "./kpis";
import { deSections } from "./sections";

export const de: LanguagePack = {
  core: deCore,
  sections: deSections,
  channels: { ...deChannelsLocal, ...deChannelsMedia },
  kpis: deKpis,
  industries: deIndustries,
};
