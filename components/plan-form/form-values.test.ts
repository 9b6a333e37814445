import { describe, expect, it } from "vitest";
import { PlanInputSchema } from "@/ai/schemas/plan-input";
import { errorsFromProblems, errorsFromZod, initialFormValues, toPlanInputDraft } from "./form-values";

const description = "A family bakery in Leeds selling sourdough to commuters and cafés.";

describe("toPlanInputDraft", () => {
  it("leaves out empty optional fields and sends a valid input", () => {
    const draft = toPlanInputDraft({ ...initialFormValues, businessDescription: description });
    expect(draft).toEqual({
      businessDescription: description,
      businessName: undefined,
      industry: undefined,
      targetAudience: undefined,
      region: undefined,
      monthlyBudget: undefined,
      goals: undefined,
      timeframeMonths: undefined,
      tone: undefined,
      language: "en",
    });
    expect(PlanInputSchema.safeParse(draft).success).toBe(true);
  });

  it("reads budgets, goals one per line, and a free language tag", () => {
    const draft = toPlanInputDraft({
      ...initialFormValues,
      businessDescription: description,
      budgetAmount: "2,500.50",
      budgetCurrency: "EUR",
      goals: "More pre-orders\n\n  Ten new cafés  \n",
      timeframeMonths: "6",
      language: "other",
      customLanguage: "pt-BR",
    });
    expect(draft.monthlyBudget).toEqual({ amount: 2500.5, currency: "EUR" });
    expect(draft.goals).toEqual(["More pre-orders", "Ten new cafés"]);
    expect(draft.timeframeMonths).toBe(6);
    expect(draft.language).toBe("pt-BR");
    expect(toPlanInputDraft({ ...initialFormValues, budgetAmount: "2500,5" }).monthlyBudget?.amount).toBe(2500.5);
  });

  it("turns a budget that is not a number into the schema's message on the amount field", () => {
    const result = PlanInputSchema.safeParse(
      toPlanInputDraft({ ...initialFormValues, businessDescription: "too short", budgetAmount: "lots" }),
    );
    expect(result.success).toBe(false);
    if (result.success) return;
    const errors = errorsFromZod(result.error.issues);
    expect(errors.businessDescription).toMatch(/at least 20 characters/);
    expect(errors.budgetAmount).toBe("Budget amount must be a number.");
  });
});

describe("errorsFromProblems", () => {
  it("puts the server's field problems next to the right controls", () => {
    expect(
      errorsFromProblems([
        { field: "monthlyBudget.currency", message: "Unknown currency" },
        { field: "monthlyBudget.amount", message: "Budget amount cannot be negative." },
        { field: "goals.3", message: "Goals cannot be empty." },
        { field: "", message: "Unknown field(s): extra." },
      ]),
    ).toEqual({
      budgetCurrency: "Unknown currency",
      budgetAmount: "Budget amount cannot be negative.",
      goals: "Goals cannot be empty.",
      form: "Unknown field(s): extra.",
    });
  });
});
