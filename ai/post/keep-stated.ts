import type { Figure, PlanDraft, SectionKey } from "@/ai/schemas/plan";
import { identities } from "./identity";
import { normaliseShares } from "./shares";

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const isUserFigure = (value: unknown): value is Figure =>
  isRecord(value) && value.source === "user" && typeof value.value === "number";

/**
 * Carries every figure the owner stated (`source: "user"`) from the current
 * section into the model's rewrite, matching list items by identity, so a
 * regeneration cannot quietly replace a number the owner gave.
 */
function carryUserFigures(current: unknown, proposed: unknown): unknown {
  if (isUserFigure(current) && isRecord(proposed) && typeof proposed.value === "number") return current;
  if (Array.isArray(current) && Array.isArray(proposed)) {
    const ids = identities(current, proposed);
    return proposed.map((item, index) => {
      const match = ids ? ids.before.indexOf(ids.after[index] ?? "") : index;
      return match === -1 ? item : carryUserFigures(current[match], item);
    });
  }
  if (isRecord(current) && isRecord(proposed)) {
    return Object.fromEntries(Object.entries(proposed).map(([key, value]) => [key, carryUserFigures(current[key], value)]));
  }
  return proposed;
}

/**
 * Channels keep the shares they have now (typed by hand or agreed earlier);
 * channels the rewrite adds share what is left, in the model's proportions.
 * If nothing is left to share out (every channel kept), the kept shares are
 * scaled to 100 so the budget still adds up, and the preview shows it.
 */
function keepShares(current: PlanDraft["channels"], proposed: PlanDraft["channels"]): PlanDraft["channels"] {
  const now = new Map(current.map((c) => [c.name.trim().toLowerCase(), c.budgetSharePercent]));
  const kept = proposed.map((c) => now.get(c.name.trim().toLowerCase()));
  const keptSum = kept.reduce<number>((sum, share) => sum + (share ?? 0), 0);
  const fresh = proposed.filter((_, index) => kept[index] === undefined);
  const freshSum = fresh.reduce((sum, c) => sum + c.budgetSharePercent, 0);
  const left = Math.max(0, 100 - keptSum);
  const merged = proposed.map((channel, index) => {
    const share = kept[index];
    if (share !== undefined) return { ...channel, budgetSharePercent: share };
    const part = freshSum > 0 ? (channel.budgetSharePercent / freshSum) * left : left / fresh.length;
    return { ...channel, budgetSharePercent: Math.round(part * 100) / 100 };
  });
  return normaliseShares(merged);
}

/** The model's rewrite of a section with the owner's own figures put back. */
export function keepStatedFigures<K extends SectionKey>(section: K, current: PlanDraft[K], proposed: PlanDraft[K]): PlanDraft[K] {
  const carried = carryUserFigures(current, proposed) as PlanDraft[K];
  if (section !== "channels") return carried;
  return keepShares(current as PlanDraft["channels"], carried as PlanDraft["channels"]) as PlanDraft[K];
}
