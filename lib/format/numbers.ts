/**
 * Numbers, money and figures as people read them, shared by the plan view and
 * every export (so the page and the files print a figure the same way).
 * Pure: no server-only code, safe in the browser.
 */

const currencies = new Set(Intl.supportedValuesOf("currency"));

export function isCurrencyCode(unit: string | undefined): unit is string {
  return unit !== undefined && /^[A-Z]{3}$/.test(unit) && currencies.has(unit);
}

/** A locale Intl accepts, so a stray language tag never throws while rendering. */
export function safeLocale(tag: string | undefined): string {
  if (!tag) return "en";
  try {
    return Intl.NumberFormat.supportedLocalesOf([tag])[0] ?? "en";
  } catch {
    return "en";
  }
}

export function formatMoney(amount: number, currency: string, locale: string): string {
  const whole = Number.isInteger(amount);
  return new Intl.NumberFormat(locale, {
    style: "currency",
    currency,
    minimumFractionDigits: whole ? 0 : undefined,
    maximumFractionDigits: whole ? 0 : undefined,
  }).format(amount);
}

export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

export function formatPercent(value: number, locale: string): string {
  return `${formatNumber(value, locale)}%`;
}

/** "€2,500", "12%", "40 leads/month"; undefined while the number has not arrived (a streamed, partial figure). */
export function formatFigure(figure: { value?: unknown; unit?: unknown }, locale: string): string | undefined {
  const value = typeof figure.value === "number" && Number.isFinite(figure.value) ? figure.value : undefined;
  if (value === undefined) return undefined;
  const unit = typeof figure.unit === "string" ? figure.unit.trim() || undefined : undefined;
  if (unit && isCurrencyCode(unit.toUpperCase())) return formatMoney(value, unit.toUpperCase(), locale);
  if (unit === "%") return formatPercent(value, locale);
  return unit ? `${formatNumber(value, locale)} ${unit}` : formatNumber(value, locale);
}

export function formatDays(days: number): string {
  return days === 1 ? "1 day" : `${days} days`;
}
