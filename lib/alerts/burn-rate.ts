/**
 * Multi-window, multi-burn-rate alerting (Google SRE workbook, "Alerting on
 * SLOs"): a burn rate is how many times faster than allowed the error budget
 * is spent; a tier fires only when its long and its short window both burn
 * faster than its rate, so it fires fast and stops soon after recovery.
 */
import type { EventCount } from "@/lib/slo/slo-events";

export interface BurnTier {
  longMinutes: number;
  shortMinutes: number;
  /** Fires when both windows burn faster than this. */
  burnRate: number;
}

/** The workbook's tiers: page on 2 % of a 30-day budget in 1 h or 5 % in 6 h; ticket on 10 % in 3 days. */
export const PAGE_TIERS: readonly BurnTier[] = [
  { longMinutes: 60, shortMinutes: 5, burnRate: 14.4 },
  { longMinutes: 360, shortMinutes: 30, burnRate: 6 },
];
export const TICKET_TIERS: readonly BurnTier[] = [{ longMinutes: 3 * 24 * 60, shortMinutes: 360, burnRate: 1 }];

/**
 * Bad share over the allowed share; null when the window holds fewer than
 * `minEvents` events (a handful of requests makes ratios noise).
 */
export function burnRate(events: EventCount, allowedBadShare: number, minEvents: number): number | null {
  if (events.total === 0 || events.total < minEvents) return null;
  return events.bad / events.total / allowedBadShare;
}

export interface TierResult {
  tier: BurnTier;
  longBurn: number | null;
  shortBurn: number | null;
  firing: boolean;
}

/** One tier: both windows must have enough events and burn faster than the tier's rate. */
export function evaluateTier(
  tier: BurnTier,
  windows: { long: EventCount; short: EventCount },
  allowedBadShare: number,
  minEvents: number,
): TierResult {
  const longBurn = burnRate(windows.long, allowedBadShare, minEvents);
  const shortBurn = burnRate(windows.short, allowedBadShare, minEvents);
  const firing = longBurn !== null && shortBurn !== null && longBurn > tier.burnRate && shortBurn > tier.burnRate;
  return { tier, longBurn, shortBurn, firing };
}

/** Every tier of an alert; it fires when any tier does. `countIn(minutes)` gives the events of the last `minutes`. */
export function evaluateTiers(
  tiers: readonly BurnTier[],
  countIn: (minutes: number) => EventCount,
  allowedBadShare: number,
  minEvents: number,
): { firing: boolean; tiers: TierResult[] } {
  const results = tiers.map((tier) =>
    evaluateTier(tier, { long: countIn(tier.longMinutes), short: countIn(tier.shortMinutes) }, allowedBadShare, minEvents),
  );
  return { firing: results.some((result) => result.firing), tiers: results };
}

/** The windows (in minutes) a set of tiers reads, each once. */
export function tierWindows(tiers: readonly BurnTier[]): number[] {
  return [...new Set(tiers.flatMap((tier) => [tier.longMinutes, tier.shortMinutes]))].sort((a, b) => a - b);
}
