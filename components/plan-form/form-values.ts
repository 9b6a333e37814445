import type { ZodIssue } from "zod";
import type { PlanInputDraft } from "@/ai/schemas/plan-input";

/** What the form's controls hold: always strings, converted to a PlanInputDraft on submit. */
export interface PlanFormValues {
  businessDescription: string;
  businessName: string;
  industry: string;
  targetAudience: string;
  region: string;
  budgetAmount: string;
  budgetCurrency: string;
  goals: string;
  timeframeMonths: string;
  tone: string;
  language: string;
  /** Used when `language` is "other". */
  customLanguage: string;
  /** YYYY-MM-DD; the form starts it at the next Monday. */
  startDate: string;
}

export type FieldName = keyof PlanFormValues;
/** Field name to message; "form" holds problems that belong to no one field. */
export type FieldErrors = Partial<Record<FieldName | "form", string>>;

export const initialFormValues: PlanFormValues = {
  businessDescription: "",
  businessName: "",
  industry: "",
  targetAudience: "",
  region: "",
  budgetAmount: "",
  budgetCurrency: "USD",
  goals: "",
  timeframeMonths: "",
  tone: "",
  language: "en",
  customLanguage: "",
  startDate: "",
};

export const CURRENCIES = [
  "USD",
  "EUR",
  "GBP",
  "CAD",
  "AUD",
  "NZD",
  "CHF",
  "JPY",
  "CNY",
  "HKD",
  "SGD",
  "INR",
  "BRL",
  "MXN",
  "ZAR",
  "SEK",
  "NOK",
  "DKK",
  "PLN",
  "AED",
] as const;

export const LANGUAGES = [
  { tag: "en", label: "English" },
  { tag: "es", label: "Español" },
  { tag: "fr", label: "Français" },
  { tag: "de", label: "Deutsch" },
] as const;

const optional = (value: string) => (value.trim() === "" ? undefined : value.trim());

/** "2500", "2,500.50" and "2500,50" all parse; anything else becomes NaN and fails validation. */
function toNumber(value: string): number {
  const compact = value.trim().replace(/[\s_]/g, "");
  if (compact === "") return Number.NaN;
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(compact)) return Number(compact.replace(/,/g, ""));
  if (/^\d+,\d{1,2}$/.test(compact)) return Number(compact.replace(",", "."));
  return Number(compact);
}

export function toPlanInputDraft(values: PlanFormValues): PlanInputDraft {
  const goals = values.goals
    .split("\n")
    .map((goal) => goal.trim())
    .filter((goal) => goal !== "");
  const language = values.language === "other" ? optional(values.customLanguage) : optional(values.language);
  return {
    businessDescription: values.businessDescription,
    businessName: optional(values.businessName),
    industry: optional(values.industry),
    targetAudience: optional(values.targetAudience),
    region: optional(values.region),
    monthlyBudget:
      values.budgetAmount.trim() === "" ? undefined : { amount: toNumber(values.budgetAmount), currency: values.budgetCurrency },
    goals: goals.length > 0 ? goals : undefined,
    timeframeMonths: values.timeframeMonths.trim() === "" ? undefined : toNumber(values.timeframeMonths),
    tone: optional(values.tone),
    language,
    startDate: optional(values.startDate),
  };
}

/** Maps a dotted input path (from zod or from the server's 400 body) to the control that shows it. */
export function fieldForPath(path: string): FieldName | "form" {
  const [head, sub] = path.split(".");
  switch (head) {
    case "monthlyBudget":
      return sub === "currency" ? "budgetCurrency" : "budgetAmount";
    case "language":
      return "language";
    case "businessDescription":
    case "businessName":
    case "industry":
    case "targetAudience":
    case "region":
    case "goals":
    case "timeframeMonths":
    case "tone":
    case "startDate":
      return head;
    default:
      return "form";
  }
}

export function errorsFromProblems(problems: { field: string; message: string }[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const { field, message } of problems) {
    const name = fieldForPath(field);
    // Keep the first message per control: it is the one to fix first.
    errors[name] ??= message;
  }
  return errors;
}

export function errorsFromZod(issues: ZodIssue[]): FieldErrors {
  return errorsFromProblems(issues.map((issue) => ({ field: issue.path.join("."), message: issue.message })));
}

/** Controls in page order, to focus the first one with a problem. */
export const FIELD_ORDER: FieldName[] = [
  "businessDescription",
  "businessName",
  "industry",
  "targetAudience",
  "region",
  "budgetAmount",
  "budgetCurrency",
  "goals",
  "timeframeMonths",
  "tone",
  "language",
  "customLanguage",
  "startDate",
];
