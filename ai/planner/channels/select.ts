import type { Modifiers } from "../instructions";
import type { BudgetBand, ChannelId, IndustryProfile, Reach, SelectedChannel, Tier } from "../types";
import { B2B_CHANNELS, CHANNELS, FALLBACK_CHANNELS, ONLINE_CHANNELS } from "./catalogue";

const TIERS: readonly Tier[] = ["proven", "next", "experimental"];
const SOCIAL_B2C: readonly ChannelId[] = ["instagram", "tiktok", "facebook", "meta-ads"];
const SOCIAL_B2B: readonly ChannelId[] = ["linkedin", "youtube", "linkedin-ads"];
/** The 70/20/10 rule. */
export const TIER_SHARE: Readonly<Record<Tier, number>> = { proven: 70, next: 20, experimental: 10 };

/** Channels per tier: a tiny budget concentrates on three, a huge one spreads across eight. */
const COUNTS: Readonly<Record<BudgetBand, readonly [number, number, number]>> = {
  tiny: [1, 1, 1],
  small: [2, 1, 1],
  medium: [2, 2, 1],
  large: [3, 2, 2],
  huge: [4, 2, 2],
};
const SMALLER: Readonly<Record<BudgetBand, BudgetBand>> = {
  tiny: "tiny",
  small: "tiny",
  medium: "small",
  large: "medium",
  huge: "large",
};
/** Paid channels a band can carry before spend is spread too thin to learn anything. */
const MAX_PAID: Readonly<Record<BudgetBand, number>> = { tiny: 0, small: 1, medium: 2, large: 4, huge: 6 };

export interface SelectArgs {
  profile: IndustryProfile;
  kind: string;
  reach: Reach;
  band: BudgetBand;
  b2b: boolean;
  mods: Modifiers;
}

function candidates(args: SelectArgs): Record<Tier, ChannelId[]> {
  const own = args.profile.kindChannels?.[args.kind];
  const base = own ?? args.profile.channels;
  const lists: Record<Tier, ChannelId[]> = {
    proven: [...base.proven],
    next: [...base.next],
    experimental: [...base.experimental],
  };
  if (args.reach === "online") {
    for (const tier of TIERS) lists[tier] = lists[tier].filter((id) => !CHANNELS[id].localOnly);
    // A local industry selling online needs the channels online sellers rely on.
    if (!own && args.profile.defaultReach === "local") {
      lists.proven.push(...ONLINE_CHANNELS.slice(0, 3));
      lists.next.push(...ONLINE_CHANNELS.slice(3));
    }
  }
  if (args.b2b) {
    // Business buyers join the industry's lead channel rather than replace it: a café selling catering still needs Maps.
    const [lead, ...rest] = lists.proven;
    lists.proven = [...(lead ? [lead] : []), ...B2B_CHANNELS.slice(0, 2), ...rest];
    lists.next.unshift(...B2B_CHANNELS.slice(1, 4));
    lists.experimental.unshift(...B2B_CHANNELS.slice(3));
  }
  const large = args.band === "large" || args.band === "huge";
  if (large) {
    // A large budget tests paid channels the smaller plans leave out.
    const paid = [...lists.proven, ...lists.next].filter((id) => CHANNELS[id].cost === "paid");
    lists.experimental = [...paid, ...lists.experimental];
  }
  for (const tier of TIERS) {
    const rank = (id: ChannelId) =>
      (args.mods.social && CHANNELS[id].social ? -2 : 0) + (large && tier !== "proven" && CHANNELS[id].cost === "paid" ? -1 : 0);
    // Array.prototype.sort is stable, so the industry's own priority order survives ties.
    lists[tier].sort((a, b) => rank(a) - rank(b));
  }
  if (args.mods.social) {
    const businessBuyers = args.b2b || args.profile.defaultModel === "B2B";
    const [lead, ...more] = businessBuyers ? SOCIAL_B2B : SOCIAL_B2C;
    if (lead && !lists.proven.slice(0, 2).some((id) => CHANNELS[id].social)) lists.proven.unshift(lead);
    lists.next.unshift(...more);
    lists.experimental.unshift(...more.slice().reverse());
  }
  const focus = args.mods.focus;
  if (focus) {
    for (const tier of TIERS) lists[tier] = lists[tier].filter((id) => id !== focus);
    lists.proven.unshift(focus);
  }
  return lists;
}

/** Integer shares of `total` by weight, largest remainder first, ties to the earlier item: sums exactly. */
export function splitShares(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum === 0) return weights.map(() => 0);
  const raw = weights.map((w) => (total * w) / sum);
  const shares = raw.map(Math.floor);
  let left = total - shares.reduce((a, b) => a + b, 0);
  const order = raw.map((r, i) => ({ i, rest: r - Math.floor(r) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    shares[i] = (shares[i] ?? 0) + 1;
    left--;
  }
  return shares;
}

/** Picks channels per tier for the industry, reach and budget, and assigns 70/20/10 shares summing to 100. */
export function selectChannels(args: SelectArgs): SelectedChannel[] {
  const band = args.mods.shorter ? SMALLER[args.band] : args.band;
  const counts = COUNTS[band];
  const lists = candidates(args);
  const chosen = new Set<ChannelId>();
  let paid = 0;
  const allowed = (id: ChannelId) => {
    const def = CHANNELS[id];
    if (chosen.has(id) || (args.reach === "online" && def.localOnly)) return false;
    if (id === "google-ad-grants" && args.profile.id !== "nonprofit") return false;
    return def.cost !== "paid" || id === args.mods.focus || paid < MAX_PAID[band];
  };
  const picked: Record<Tier, ChannelId[]> = { proven: [], next: [], experimental: [] };
  TIERS.forEach((tier, t) => {
    const want = counts[t] ?? 1;
    for (const id of [...lists[tier], ...FALLBACK_CHANNELS]) {
      if (picked[tier].length >= want) break;
      if (!allowed(id)) continue;
      picked[tier].push(id);
      chosen.add(id);
      if (CHANNELS[id].cost === "paid") paid++;
    }
  });
  const result: SelectedChannel[] = [];
  // Free listings take no budget, unless nothing else was picked (then the shares still need a home).
  const anySpend = TIERS.some((tier) => picked[tier].some((id) => !CHANNELS[id].free));
  for (const tier of TIERS) {
    const ids = picked[tier];
    const weights = ids.map((id, i) => (anySpend && CHANNELS[id].free ? 0 : (ids.length - i) * (id === args.mods.focus ? 2 : 1)));
    const shares = splitShares(TIER_SHARE[tier], weights);
    ids.forEach((id, i) => {
      result.push({ id, tier, share: shares[i] ?? 0 });
    });
  }
  return spendOnlyWhereItCosts(result);
}

/**
 * A tier made only of free listings has nothing to spend on: its share goes to the channels that cost
 * money, in proportion, so the shares still sum to 100. With no such channel at all the split stays as it was.
 */
function spendOnlyWhereItCosts(channels: SelectedChannel[]): SelectedChannel[] {
  const stranded = TIERS.filter((tier) => {
    const mine = channels.filter((c) => c.tier === tier);
    return mine.length > 0 && mine.every((c) => CHANNELS[c.id].free);
  });
  const spendable = channels.filter((c) => !CHANNELS[c.id].free);
  if (stranded.length === 0 || spendable.length === 0) return channels;
  const shares = splitShares(
    100,
    spendable.map((c) => c.share),
  );
  return channels.map((c) => {
    const index = spendable.indexOf(c);
    return { ...c, share: index < 0 ? 0 : (shares[index] ?? 0) };
  });
}
