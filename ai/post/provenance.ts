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

/** A number the owner stated, with the words around it (its sentence, its goal) that say what it counts. */
interface StatedFact {
  value: number;
  context: string;
}

export function statedFacts(input: PlanInput): StatedFact[] {
  const clauses = [
    ...input.businessDescription.split(/[.!?;\n]+/),
    input.businessName,
    input.industry,
    input.targetAudience,
    input.region,
    input.tone,
    ...(input.goals ?? []),
  ].filter((value): value is string => typeof value === "string");
  const facts = clauses.flatMap((clause) => numbersInText(clause).map((value) => ({ value, context: clause })));
  if (input.monthlyBudget) facts.push({ value: input.monthlyBudget.amount, context: `${input.monthlyBudget.currency} budget` });
  if (input.timeframeMonths !== undefined) facts.push({ value: input.timeframeMonths, context: "months" });
  return facts;
}

const PERCENT = /%|percent|por ciento|pour cent|prozent/i;
const MONEY = /[$€£¥₹]|\b[A-Z]{3}\b|budget|presupuesto|revenue|sales|ventas|chiffre|umsatz/i;

function stems(text: string): string[] {
  return (
    text
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .match(/\p{L}{3,}/gu) ?? []
  ).map((word) => word.slice(0, 5));
}

/** The owner's number means what the figure measures: its unit's words (or %, or money) appear where the number was said. */
function sameMeaning(unit: string, context: string): boolean {
  const trimmed = unit.trim();
  if (trimmed === "%") return PERCENT.test(context);
  if (/^[A-Z]{3}$/.test(trimmed)) return MONEY.test(context);
  const wanted = stems(trimmed);
  if (wanted.length === 0) return true;
  const said = stems(context);
  return wanted.some((stem) => said.some((word) => word.startsWith(stem) || stem.startsWith(word)));
}

/**
 * A figure may be labelled `user` only if the owner stated that number for that thing: the same
 * value, said where the figure's unit is talked about ("5 catering clients" is not 5 reviews).
 * Any other `user` label is the model claiming the owner said something they did not:
 * relabel it `estimate` (in place) and report each change.
 */
export function enforceProvenance(plan: object, input: PlanInput): ProvenanceFix[] {
  const stated = statedFacts(input);
  const fixes: ProvenanceFix[] = [];
  for (const { path, figure } of collectFigures(plan)) {
    if (figure.source !== "user") continue;
    const known = stated.some(
      (fact) =>
        Math.abs(fact.value - figure.value) <= 1e-9 * Math.max(1, Math.abs(fact.value)) && sameMeaning(figure.unit, fact.context),
    );
    if (known) continue;
    figure.source = "estimate";
    fixes.push({ path, value: figure.value, from: "user", to: "estimate" });
  }
  return fixes;
}
