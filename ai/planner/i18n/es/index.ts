import type { LanguagePack } from "../pack";
import { esChannelsLocal } from "./channels-local";
import { esChannelsMedia } from "./channels-media";
import { esCore } from "./core";
import { esIndustries } from "./industries";
import { esKpis } from "./kpis";
import { esSections } from "./sections";

export const es: LanguagePack = {
  core: esCore,
  sections: esSections,
  channels: { ...esChannelsLocal, ...esChannelsMedia },
  kpis: esKpis,
  industries: esIndustries,
};
