import { z } from "zod";
import { isCleanText, uncleanTextMessage } from "./text-rules";

const CURRENCIES = new Set(Intl.supportedValuesOf("currency"));

/** ISO 4217 code that this runtime knows; the error names what was given. */
export const CurrencyCodeSchema = z
  .string()
  .trim()
  .transform((code) => code.toUpperCase())
  .refine((code) => CURRENCIES.has(code), {
    message: "Unknown currency: use a three-letter ISO 4217 code such as USD, EUR or GBP.",
  });

function isBcp47(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

export const LanguageTagSchema = z
  .string()
  .trim()
  .min(2)
  .max(35)
  .refine(isBcp47, { message: "Language must be a BCP 47 tag such as en, en-GB, es or pt-BR." })
  .transform((tag) => Intl.getCanonicalLocales(tag)[0] ?? tag);

export const MoneySchema = z
  .object({
    amount: z
      .number({ invalid_type_error: "Budget amount must be a number." })
      .finite()
      .nonnegative({ message: "Budget amount cannot be negative." })
      .max(1_000_000_000_000, { message: "Budget amount is too large." })
      .describe("Amount in major units of the currency, e.g. 2500 for 2,500.00"),
    currency: CurrencyCodeSchema.describe("ISO 4217 currency code"),
  })
  .strict();

const optionalText = (max: number, label: string) =>
  z
    .string({ invalid_type_error: `${label} must be text.` })
    .trim()
    .max(max, { message: `${label} must be at most ${max} characters.` })
    .refine((text) => isCleanText(text, { multiLine: true }), { message: uncleanTextMessage(label, { multiLine: true }) })
    .optional()
    .transform((value) => (value === "" ? undefined : value));

export const BUSINESS_DESCRIPTION_MIN = 20;
export const BUSINESS_DESCRIPTION_MAX = 4000;

/** What a marketer tells us about the business. Unknown fields are refused. */
export const PlanInputSchema = z
  .object({
    businessDescription: z
      .string({
        required_error: "Describe your business in a few sentences.",
        invalid_type_error: "The business description must be text.",
      })
      .trim()
      .min(BUSINESS_DESCRIPTION_MIN, {
        message: `Describe your business in at least ${BUSINESS_DESCRIPTION_MIN} characters: what you sell, to whom, and where.`,
      })
      .max(BUSINESS_DESCRIPTION_MAX, {
        message: `Keep the business description under ${BUSINESS_DESCRIPTION_MAX} characters.`,
      })
      .refine((text) => isCleanText(text, { multiLine: true }), {
        message: uncleanTextMessage("The business description", { multiLine: true }),
      })
      .describe("The business in the owner's own words: what it sells, to whom, where"),
    businessName: optionalText(120, "Business name").describe("Trading name of the business"),
    industry: optionalText(120, "Industry").describe("Industry as the owner names it"),
    targetAudience: optionalText(500, "Target audience").describe("Who the owner wants to reach"),
    region: optionalText(120, "Region").describe("Where the business sells: city, country or 'online'"),
    monthlyBudget: MoneySchema.optional().describe("Monthly marketing budget stated by the owner"),
    goals: z
      .array(
        z
          .string()
          .trim()
          .min(1, { message: "Goals cannot be empty." })
          .max(200)
          .refine((text) => isCleanText(text, { multiLine: false }), {
            message: uncleanTextMessage("A goal", { multiLine: false }),
          }),
        {
          invalid_type_error: "Goals must be a list of short sentences.",
        },
      )
      .max(10, { message: "List at most 10 goals." })
      .optional()
      .describe("Goals the owner stated, in their words"),
    timeframeMonths: z
      .number({ invalid_type_error: "Timeframe must be a whole number of months." })
      .int({ message: "Timeframe must be a whole number of months." })
      .min(1, { message: "Timeframe must be between 1 and 36 months." })
      .max(36, { message: "Timeframe must be between 1 and 36 months." })
      .optional()
      .describe("How many months the plan should cover"),
    tone: optionalText(60, "Tone").describe("Voice the owner wants, e.g. 'friendly', 'premium'"),
    language: LanguageTagSchema.optional().describe("BCP 47 tag of the language the plan is written in"),
    startDate: z
      .string({ invalid_type_error: "Start date must be a date such as 2027-01-04." })
      .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "Start date must be a date such as 2027-01-04." })
      .refine(
        (day) => !Number.isNaN(Date.parse(`${day}T00:00:00Z`)) && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day),
        {
          message: "Start date is not a real date.",
        },
      )
      .optional()
      .describe("Day 1 of the roadmap and week 1 of the content calendar (YYYY-MM-DD)"),
    country: z
      .string({ invalid_type_error: "Country must be a two-letter code such as GB or DE." })
      .trim()
      .regex(/^[A-Za-z]{2}$/, { message: "Country must be a two-letter ISO 3166 code such as GB, US or DE." })
      .transform((code) => code.toUpperCase())
      .optional()
      .describe("ISO 3166-1 alpha-2 country whose public holidays the schedule skips"),
  })
  .strict();

export type PlanInput = z.infer<typeof PlanInputSchema>;
/** What a client sends, before trimming and defaults. */
export type PlanInputDraft = z.input<typeof PlanInputSchema>;
