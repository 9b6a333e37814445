import type { PlanDraft } from "@/ai/schemas/plan";
import { countTerm, indexText } from "../detect/lexicon";
import type { LanguagePack } from "../i18n/pack";
import { CHANNEL_IDS, type ChannelId, type IndustryProfile, type Market, type SelectedChannel } from "../types";
import { CHANNELS } from "./catalogue";
import { channelName } from "./names";

/**
 * Maps the channels of an existing plan (possibly edited by the owner) back to known channels,
 * so a regenerated roadmap or calendar talks about the channels the plan actually has.
 */
export function resolvePlanChannels(
  channels: PlanDraft["channels"],
  pack: LanguagePack,
  profile: IndustryProfile,
  market: Market,
): { channels: SelectedChannel[]; names: string[] } | undefined {
  const byName = new Map<string, ChannelId>(CHANNEL_IDS.map((id) => [channelName(pack, profile, id, market), id]));
  const resolved: SelectedChannel[] = [];
  const names: string[] = [];
  for (const channel of channels) {
    let id = byName.get(channel.name);
    if (!id) {
      const index = indexText(channel.name);
      id = CHANNEL_IDS.find((candidate) => CHANNELS[candidate].aliases.some((alias) => countTerm(index, alias) > 0));
    }
    if (!id || resolved.some((c) => c.id === id)) continue;
    resolved.push({ id, tier: channel.tier, share: channel.budgetSharePercent });
    names.push(channel.name);
  }
  return resolved.length >= 3 ? { channels: resolved, names } : undefined;
}
