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
