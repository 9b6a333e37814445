import type { ProvenanceFix } from "@/ai/schemas/generation";
import type { PlanInput } from "@/ai/schemas/plan-input";
import { collectFigures } from "./figures";

const MULTIPLIERS: Record<string, number> = { k: 1e3, thousand: 1e3, m: 1e6, million: 1e6, mn: 1e6, bn: 1e9, billion: 1e9 };

/** Numbers as a person writes them: 2,500 / 2.500,50 / 2 500 / 10k / 1.5 million / 20%. */
export function numbersInText(text: string): number[] {
  const found: number[] = [];
  const pattern = /(\d[\d,.\u00a0 ']*\d|\d)\s*(k|thousand|mn|m|million|bn|billion)?\b/gi;
  for (const match of text.matchAll(pattern)) {
    const raw = (match[1] ?? "").replace(/[\u00a0 ']/g, "");
    const suffix = match[2]?.toLowerCase();
    for (const value of readNumber(raw)) {
      found.push(value);
      if (suffix && MULTIPLIERS[suffix]) found.push(value * MULTIPLIERS[suffix]);
    }
  }
  return found;
}

function readNumber(raw: string): number[] {
  const candidates = new Set<number>();
  const plain = Number(raw.replace(/,/g, ""));
  if (Number.isFinite(plain)) candidates.add(plain);
  // European style: dots group thousands, a comma marks decimals.
  const european = Number(raw.replace(/\./g, "").replace(",", "."));
  if (Number.isFinite(european)) candidates.add(european);
  return [...candidates];
}

/** Every number the owner actually stated, in any field of the input. */
export function statedNumbers(input: PlanInput): number[] {
  const texts = [
    input.businessDescription,
    input.businessName,
    input.industry,
    input.targetAudience,
    input.region,
    input.tone,
    ...(input.goals ?? []),
  ].filter((value): value is string => typeof value === "string");
  const numbers = texts.flatMap(numbersInText);
  if (input.monthlyBudget) numbers.push(input.monthlyBudget.amount);
  if (input.timeframeMonths !== undefined) numbers.push(input.timeframeMonths);
  return numbers;
}

/**
 * A figure may be labelled `user` only if the owner stated that number. Any other
 * `user` label is the model claiming the owner said something they did not:
 * relabel it `estimate` (in place) and report each change.
 */
export function enforceProvenance(plan: object, input: PlanInput): ProvenanceFix[] {
  const stated = statedNumbers(input);
  const fixes: ProvenanceFix[] = [];
  for (const { path, figure } of collectFigures(plan)) {
    if (figure.source !== "user") continue;
    const known = stated.some((number) => Math.abs(number - figure.value) <= 1e-9 * Math.max(1, Math.abs(number)));
    if (known) continue;
    figure.source = "estimate";
    fixes.push({ path, value: figure.value, from: "user", to: "estimate" });
  }
  return fixes;
}
