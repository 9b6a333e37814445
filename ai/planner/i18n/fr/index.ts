import type { LanguagePack } from "../pack";
import { frChannelsLocal } from "./channels-local";
import { frChannelsMedia } from "./channels-media";
import { frCore } from "./core";
import { frIndustries } from "./industries";
import { frKpis } from "./kpis";
import { frSections } from "./sections";

export const fr: LanguagePack = {
  core: frCore,
  sections: frSections,
  channels: { ...frChannelsLocal, ...frChannelsMedia },
  kpis: frKpis,
  industries: frIndustries,
};
