import { roundNice } from "../text";
import type { BudgetBand, IndustryProfile, Stage } from "../types";

/**
 * Rough units per US dollar, only to size a budget band and convert estimates.
 * An estimate is labelled as such, so a stale rate costs accuracy, never honesty.
 */
const UNITS_PER_USD: Readonly<Record<string, number>> = {
  USD: 1,
  EUR: 0.92,
  GBP: 0.79,
  JPY: 150,
  INR: 83,
  CAD: 1.36,
  AUD: 1.52,
  CHF: 0.88,
  NZD: 1.65,
  SEK: 10.5,
  NOK: 10.6,
  DKK: 6.9,
  PLN: 4,
  CZK: 23,
  MXN: 17,
  BRL: 5,
  ARS: 900,
  COP: 4000,
  CLP: 930,
  ZAR: 18.5,
  SGD: 1.35,
  HKD: 7.8,
  CNY: 7.2,
  KRW: 1350,
  AED: 3.67,
  TRY: 32,
};

export function toUsd(amount: number, currency: string): number {
  return amount / (UNITS_PER_USD[currency] ?? 1);
}

export function fromUsd(usd: number, currency: string): number {
  return usd * (UNITS_PER_USD[currency] ?? 1);
}

/** Budget bands in USD a month: they decide how many channels and how much paid media. */
export function bandOf(monthlyUsd: number): BudgetBand {
  if (monthlyUsd < 400) return "tiny";
  if (monthlyUsd < 1500) return "small";
  if (monthlyUsd < 6000) return "medium";
  if (monthlyUsd < 25000) return "large";
  return "huge";
}

const fractionDigits = new Map<string, number>();

/** Minor units of a currency (2 for EUR, 0 for JPY), from the runtime's ICU data. */
export function minorUnits(currency: string): number {
  let digits = fractionDigits.get(currency);
  if (digits === undefined) {
    digits = new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
    fractionDigits.set(currency, digits);
  }
  return digits;
}

export function roundMoney(value: number, currency: string): number {
  const factor = 10 ** minorUnits(currency);
  return Math.round(value * factor) / factor;
}

/** A stage-typical monthly budget for the industry, in the target currency, rounded like a person would. */
export function estimateBudget(profile: IndustryProfile, stage: Stage, currency: string): number {
  return roundNice(fromUsd(profile.budgetUsd[stage], currency));
}

const formatters = new Map<string, Intl.NumberFormat>();

export function formatMoney(value: number, currency: string, locale: string): string {
  const whole = value % 1 === 0;
  const key = `${locale}|${currency}|${whole}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(
      locale,
      whole
        ? { style: "currency", currency, minimumFractionDigits: 0, maximumFractionDigits: 0 }
        : { style: "currency", currency },
    );
    formatters.set(key, format);
  }
  return format.format(value).replace(/\u00a0|\u202f/g, " ");
}

const numberFormatters = new Map<string, Intl.NumberFormat>();

export function formatNumber(value: number, locale: string): string {
  let format = numberFormatters.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    numberFormatters.set(locale, format);
  }
  return format.format(value).replace(/\u00a0|\u202f/g, " ");
}
