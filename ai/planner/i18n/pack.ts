import type { CoreTemplates } from "../data/lang/en/core";
import type { SectionTemplates } from "../data/lang/en/sections";
import type { ChannelPack, IndustryPack, KpiPack } from "./types";

/** Everything the planner writes in one language. The compiler checks each pack is complete. */
export interface LanguagePack {
  core: CoreTemplates;
  sections: SectionTemplates;
  channels: ChannelPack;
  kpis: KpiPack;
  industries: IndustryPack;
}
