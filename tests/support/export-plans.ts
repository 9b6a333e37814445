import { buildPlanDraft } from "@/ai/planner";
import { computeBudget } from "@/ai/post/budget";
import type { Plan } from "@/ai/schemas/plan";
import type { PlanInput } from "@/ai/schemas/plan-input";
import type { ExportablePlan } from "@/lib/export/exportable";

/** A title and milestone that break naive writers: commas, semicolons, backslashes, quotes, emoji, line breaks, length. */
export const NASTY_TITLE =
  'Café "Zoë" ; plan, 2027 — 🚀✨ growth\\reach,\nline two; with a very long tail that goes on and on past seventy-five octets';

const INPUT: PlanInput = {
  businessDescription:
    "Bean There is a small specialty coffee shop in Leeds. We serve single-origin espresso, sourdough toast and pastries to commuters and students.",
  businessName: "Bean There",
  monthlyBudget: { amount: 1999.99, currency: "EUR" },
  goals: ["Get 150 Google reviews in 6 months"],
};

/** A saved plan as the built-in planner writes it (budget amounts computed), created 2026-03-12 (a Thursday), starting Monday 2026-03-16. */
export function samplePlan(overrides: { title?: string; language?: string; input?: Partial<PlanInput> } = {}): ExportablePlan {
  const input = { ...INPUT, ...overrides.input };
  const draft = buildPlanDraft(input);
  const plan: Plan = { ...draft, budget: computeBudget({ draft, input, useStatedTotal: true }) };
  if (overrides.title) plan.title = overrides.title;
  return {
    id: "AAAAAAAAAAAAAAAAAAAAAA",
    plan,
    generation: {
      model: "local/builtin-planner",
      provider: "builtin",
      requestedModel: "local/builtin-planner",
      latencyMs: 3,
      firstChunkMs: 1,
      inputTokens: null,
      outputTokens: null,
      attempts: 1,
      fallback: null,
    },
    completeness: { complete: true, missing: [] },
    version: 2,
    createdAt: "2026-03-12T22:30:00.000Z",
    updatedAt: "2026-03-13T08:00:00.000Z",
    language: overrides.language ?? input.language,
    schedule: { startDate: "2026-03-16" },
  };
}

/**
 * The longest plan the schema allows where it matters for layout: a title that
 * wraps, eight channels, every milestone and 26 content entries.
 */
export function longestPlan(): ExportablePlan {
  const source = samplePlan({
    title: "Bean There Specialty Coffee, Leeds: the spring and summer growth plan for commuters, students and office catering",
  });
  const { plan } = source;
  const base = plan.channels;
  const names = [
    "Instagram",
    "Google Business Profile",
    "Email newsletter",
    "Local press",
    "TikTok",
    "Loyalty app",
    "Office flyers",
    "Student union partnership",
  ];
  plan.channels = names.map((name, index) => ({
    ...(base[index % base.length] as (typeof base)[number]),
    name,
    budgetSharePercent: [30, 20, 15, 10, 10, 5, 5, 5][index] ?? 0,
  }));
  plan.budget = computeBudget({ draft: plan, input: INPUT, useStatedTotal: true });
  const items = plan.contentCalendar;
  plan.contentCalendar = Array.from({ length: 26 }, (_, index) => ({
    ...(items[index % items.length] as (typeof items)[number]),
    week: Math.floor(index / 2) + 1,
    topic: `Week ${Math.floor(index / 2) + 1}: ${(items[index % items.length] as (typeof items)[number]).topic} (part ${(index % 2) + 1})`,
  }));
  return source;
}
