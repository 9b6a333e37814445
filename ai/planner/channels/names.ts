import type { LanguagePack } from "../i18n/pack";
import type { ChannelId, IndustryProfile, Market } from "../types";
import { CHANNELS } from "./catalogue";

/** "Delivery apps (Deliveroo & Uber Eats)": the pack's name with the industry's platforms for the market. */
export function channelName(pack: LanguagePack, profile: IndustryProfile, id: ChannelId, market: Market): string {
  const copy = pack.channels[id];
  const name = pack.industries[profile.id].channelNames?.[id] ?? copy.name;
  const platforms = profile.platforms?.(id, market) ?? CHANNELS[id].platforms;
  if (name.includes("{platforms}")) {
    return platforms ? name.replace("{platforms}", platforms) : (copy.plainName ?? name.replace(/\s*\(?\{platforms\}\)?/, ""));
  }
  return name;
}
