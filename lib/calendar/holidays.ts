import Holidays from "date-holidays";
import { COUNTRY_ALIASES } from "./country-aliases";

const countries: Record<string, string> = new Holidays().getCountries("en");
const byName = new Map(Object.entries(countries).map(([code, name]) => [name.toLowerCase(), code]));

/** An ISO 3166-1 alpha-2 code the holiday data knows, or undefined. */
export function knownCountry(code: string | undefined): string | undefined {
  const upper = code?.trim().toUpperCase();
  return upper && Object.hasOwn(countries, upper) ? upper : undefined;
}

/**
 * The country a free-text region names ("Leeds, UK", "Lyon, France", "DE"), or
 * undefined when it names none or several: a wrong guess would skip the wrong
 * holidays, so only an unambiguous match counts.
 */
export function countryFromRegion(region: string | undefined): string | undefined {
  if (!region) return undefined;
  const found = new Set<string>();
  const parts = region.split(/[,;/()|]+/).map((part) => part.trim());
  for (const part of parts) {
    const lower = part.toLowerCase();
    const code = byName.get(lower) ?? COUNTRY_ALIASES[lower] ?? (/^[A-Z]{2}$/.test(part) ? knownCountry(part) : undefined);
    if (code) found.add(code);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

const cache = new Map<string, Set<string>>();

/** `YYYY-MM-DD` of every public holiday of the country in that year (the country's own, nationwide). */
export function publicHolidays(country: string, year: number): Set<string> {
  const key = `${country}:${year}`;
  let days = cache.get(key);
  if (!days) {
    const holidays = new Holidays(country, { types: ["public"] }).getHolidays(year) || [];
    days = new Set(holidays.filter((h) => h.type === "public").map((h) => h.date.slice(0, 10)));
    cache.set(key, days);
  }
  return days;
}
