import { randomBytes } from "node:crypto";
import { z } from "zod";
import { buildPlanDraft } from "@/ai/planner";
import { computeBudget } from "@/ai/post/budget";
import { checkCompleteness } from "@/ai/post/completeness";
import { BUILTIN_MODEL, type GenerationMeta } from "@/ai/schemas/generation";
import { type Plan, type PlanDraft, PlanSchema } from "@/ai/schemas/plan";
import { type PlanInput, type PlanInputDraft, PlanInputSchema } from "@/ai/schemas/plan-input";
import { type PlanRecord, PlanRecordSchema } from "@/lib/plans/schema";

/** Text a store must keep byte for byte: emoji (with ZWJ and flags), right-to-left scripts, CJK, combining marks. */
export const UNICODE = {
  emoji: "🚀🌮 👩🏽‍💻 🇯🇵 ❤️‍🔥",
  rtl: "שלום עולם مرحبا بالعالم",
  cjk: "東京のカフェ 北京咖啡馆 서울 카페",
  combining: "Cafe\u0301 Zoe\u0308 n\u0303 a\u030A\u0323",
} as const;
export const UNICODE_TEXT = Object.values(UNICODE).join(" · ");

const DEFAULT_INPUT: PlanInputDraft = {
  businessDescription:
    "Bean There is a small specialty coffee shop in Leeds. We serve single-origin espresso, sourdough toast and homemade pastries to commuters and students.",
  businessName: "Bean There",
  monthlyBudget: { amount: 1200, currency: "EUR" },
};

const UNICODE_INPUT: PlanInputDraft = {
  businessDescription: `Café «Ünïcode» ${UNICODE_TEXT}: specialty coffee and pastries for commuters and students in Leeds.`,
  businessName: `Café ${UNICODE.emoji}`,
  monthlyBudget: { amount: 1200, currency: "JPY" },
};

const GENERATION: GenerationMeta = {
  model: BUILTIN_MODEL,
  provider: "builtin",
  requestedModel: BUILTIN_MODEL,
  latencyMs: 12,
  firstChunkMs: 3,
  inputTokens: null,
  outputTokens: null,
  attempts: 1,
  fallback: null,
};

// The built-in planner is deterministic, so one draft per input serves every plan of a test run.
const drafts = new Map<string, { input: PlanInput; draft: PlanDraft }>();
function draftFor(raw: PlanInputDraft): { input: PlanInput; draft: PlanDraft } {
  const key = JSON.stringify(raw);
  let entry = drafts.get(key);
  if (!entry) {
    const input = PlanInputSchema.parse(raw);
    entry = { input, draft: buildPlanDraft(input) };
    drafts.set(key, entry);
  }
  return entry;
}

function finishPlan(draft: PlanDraft, input: PlanInput): Plan {
  return { ...draft, budget: computeBudget({ draft, input, useStatedTotal: true }) };
}

export function newPlanId(): string {
  return randomBytes(16).toString("base64url");
}

/** A valid plan record as savePlan makes it: built-in planner draft, computed budget, completeness. */
export function buildPlanRecord(
  options: { id?: string; ownerId?: string | null; title?: string; createdAt?: Date; unicode?: boolean } = {},
): PlanRecord {
  const { input, draft } = draftFor(options.unicode ? UNICODE_INPUT : DEFAULT_INPUT);
  const plan = finishPlan(structuredClone(draft), input);
  if (options.title !== undefined) plan.title = options.title;
  if (options.unicode) {
    plan.executiveSummary = `${UNICODE_TEXT}\n${plan.executiveSummary}`.slice(0, 2000);
    plan.risks[0] = { ...(plan.risks[0] ?? plan.risks[1] ?? missing("risks")), risk: `${UNICODE.rtl} ${UNICODE.combining}` };
  }
  const at = (options.createdAt ?? new Date()).toISOString();
  return PlanRecordSchema.parse({
    id: options.id ?? newPlanId(),
    ownerId: options.ownerId === undefined ? "owner-a" : options.ownerId,
    title: plan.title,
    input,
    plan,
    generation: GENERATION,
    completeness: checkCompleteness(plan),
    provenanceFixes: [],
    version: 1,
    createdAt: at,
    updatedAt: at,
    deletedAt: null,
  });
}

function missing(what: string): never {
  throw new Error(`The built-in planner returned no ${what}`);
}

const FILLER = Array.from(` lorem ${UNICODE_TEXT} ipsum dolor sit amet,`);

/** `text` lengthened with filler to `length` UTF-16 units, never splitting a surrogate pair. */
function fillTo(text: string, length: number): string {
  let out = text;
  for (let i = 0; out.length < length; i++) {
    const next = FILLER[i % FILLER.length] ?? " ";
    if (out.length + next.length > length) break;
    out += next;
  }
  return out;
}

/** Walks a value beside its zod schema, making every list and every long text as big as the schema allows. */
function grow(schema: z.ZodTypeAny, value: unknown, ratio: number): unknown {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) {
    return value === undefined || value === null ? value : grow(schema.unwrap(), value, ratio);
  }
  if (schema instanceof z.ZodEffects) return grow(schema.innerType(), value, ratio);
  if (schema instanceof z.ZodDefault) return grow(schema.removeDefault(), value, ratio);
  if (schema instanceof z.ZodString && typeof value === "string") {
    const max = schema.maxLength;
    // Short fields (units, currency codes) keep their meaning.
    return max !== null && max > 40 ? fillTo(value, Math.floor(max * ratio)) : value;
  }
  if (schema instanceof z.ZodArray && Array.isArray(value) && value.length > 0) {
    const max = schema._def.exactLength?.value ?? schema._def.maxLength?.value ?? value.length;
    const items = Array.from({ length: Math.max(max, value.length) }, (_, i) => structuredClone(value[i % value.length]));
    return items.map((item) => grow(schema.element, item, ratio));
  }
  if (schema instanceof z.ZodObject && typeof value === "object" && value !== null) {
    const shape = schema.shape as Record<string, z.ZodTypeAny>;
    return Object.fromEntries(
      Object.entries(value).map(([key, field]) => {
        const fieldSchema = shape[key];
        return [key, fieldSchema ? grow(fieldSchema, field, ratio) : field];
      }),
    );
  }
  return value;
}

/** A valid plan record of at least `minBytes` of JSON (UTF-8), built by filling every field of a normal one. */
export function buildLargePlanRecord(options: { ownerId?: string; minBytes: number }): PlanRecord {
  const base = buildPlanRecord({ ownerId: options.ownerId, unicode: true });
  for (const ratio of [0.25, 0.4, 0.55, 0.7, 0.85, 1]) {
    const draft = PlanSchema.parse(grow(PlanSchema, base.plan, ratio));
    const plan = finishPlan(draft, base.input);
    const record = PlanRecordSchema.parse({ ...base, title: plan.title, plan, completeness: checkCompleteness(plan) });
    if (Buffer.byteLength(JSON.stringify(record)) >= options.minBytes) return record;
  }
  throw new Error(`A plan cannot reach ${options.minBytes} bytes within the plan schema's limits`);
}
