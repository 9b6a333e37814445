import type { PlanDraft } from "@/ai/schemas/plan";
import { allocateMinorUnits } from "./money";

type Channels = PlanDraft["channels"];

/** Shares are typed with at most two decimals; anything closer than this to 100 counts as 100. */
const TOLERANCE = 0.01;

export function shareTotal(channels: readonly { budgetSharePercent: number }[]): number {
  return Math.round(channels.reduce((sum, channel) => sum + channel.budgetSharePercent, 0) * 100) / 100;
}

export function sharesAddUp(channels: readonly { budgetSharePercent: number }[]): boolean {
  return Math.abs(shareTotal(channels) - 100) <= TOLERANCE;
}

/**
 * The same channels with shares scaled to total exactly 100.00 (in hundredths of
 * a percent, largest remainder), keeping their proportions. Used only when the
 * owner agreed to it, or for the model's own numbers.
 */
export function normaliseShares<T extends { budgetSharePercent: number }>(channels: readonly T[]): T[] {
  const parts = allocateMinorUnits(
    10_000,
    channels.map((channel) => Math.max(0, channel.budgetSharePercent)),
  );
  return channels.map((channel, index) => ({ ...channel, budgetSharePercent: (parts[index] ?? 0) / 100 }));
}

/** One problem per share, so the form marks every field that makes the total wrong. */
export function shareProblems(channels: Channels): { field: string; message: string }[] {
  if (sharesAddUp(channels)) return [];
  const total = shareTotal(channels);
  const message = `The channel shares add up to ${total}%, not 100%. Change them, or let the plan scale them to 100%.`;
  return channels.map((_, index) => ({ field: `${index}.budgetSharePercent`, message }));
}
