import type { CoreTemplates } from "./en/core";
import type { SectionTemplates } from "./en/sections";
import type { ChannelPack, IndustryPack, KpiPack } from "./types";

/** Everything the planner writes in one language. The compiler checks each pack is complete. */
export interface LanguagePack {
  core: CoreTemplates;
  sections: SectionTemplates;
  channels: ChannelPack;
  kpis: KpiPack;
  industries: IndustryPack;
}
