import { normalize } from "../text";
import type { Lang } from "../types";
import type { IndexedText } from "./lexicon";

/** Places whose currency is obvious. Words that are also common nouns (Nice, Reading, Bath) are left out. */
const PLACES: Readonly<Record<string, string>> = {
  GBP: "UK, United Kingdom, Britain, Great Britain, England, Scotland, Wales, Northern Ireland, London, Manchester, Leeds, Birmingham, Bristol, Glasgow, Edinburgh, Liverpool, Cardiff, Brighton, Sheffield, Newcastle, Nottingham, Oxford, Cambridge, Belfast, York, Leicester",
  EUR: "Germany, Deutschland, France, Spain, España, Italy, Italia, Netherlands, Ireland, Portugal, Austria, Österreich, Belgium, Belgique, Finland, Greece, Eurozone, Berlin, Munich, München, Hamburg, Cologne, Köln, Frankfurt, Stuttgart, Düsseldorf, Leipzig, Dresden, Paris, Lyon, Marseille, Toulouse, Bordeaux, Lille, Nantes, Strasbourg, Madrid, Barcelona, Valencia, Sevilla, Seville, Málaga, Bilbao, Zaragoza, Rome, Roma, Milan, Milano, Amsterdam, Rotterdam, Dublin, Lisbon, Lisboa, Porto, Vienna, Wien, Brussels, Bruxelles, Athens, Helsinki",
  JPY: "Japan, Tokyo, Osaka, Kyoto, Yokohama",
  INR: "India, Mumbai, Delhi, New Delhi, Bangalore, Bengaluru, Chennai, Hyderabad, Pune, Kolkata",
  CAD: "Canada, Toronto, Vancouver, Montreal, Montréal, Calgary, Ottawa",
  AUD: "Australia, Sydney, Melbourne, Brisbane, Perth, Adelaide",
  USD: "USA, United States, America, New York, Los Angeles, Chicago, Austin, Texas, California, Seattle, Boston, Miami, Denver, Portland, San Francisco, Atlanta, Houston, Florida, Brooklyn",
};

interface Place {
  display: string;
  key: string;
  currency: string;
}

const PLACE_LIST: readonly Place[] = Object.entries(PLACES).flatMap(([currency, names]) =>
  names.split(", ").map((display) => ({ display, key: normalize(display), currency })),
);

/** Region subtags of a language tag that settle the currency. */
const LANGUAGE_REGIONS: Readonly<Record<string, string>> = {
  GB: "GBP",
  UK: "GBP",
  DE: "EUR",
  AT: "EUR",
  FR: "EUR",
  BE: "EUR",
  ES: "EUR",
  IT: "EUR",
  NL: "EUR",
  IE: "EUR",
  PT: "EUR",
  JP: "JPY",
  IN: "INR",
  CA: "CAD",
  AU: "AUD",
  US: "USD",
};
const LANGUAGE_DEFAULTS: Partial<Record<string, string>> = { de: "EUR", fr: "EUR", ja: "JPY" };

function findPlace(padded: string): Place | undefined {
  let found: { place: Place; at: number } | undefined;
  for (const place of PLACE_LIST) {
    const at = padded.indexOf(place.key);
    if (at !== -1 && (!found || at < found.at)) found = { place, at };
  }
  return found?.place;
}

const NOT_PLACES = new Set(
  "January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday English Spanish French German Google Instagram Amazon Etsy TikTok Shopify LinkedIn Facebook YouTube App Apple Android The Our We I Ihrer Ihrem Ihren Ihr".split(
    " ",
  ),
);

/** "based in Leeds", "en Sevilla", "à Lyon": a capitalized name after a place preposition. */
function placeAfterPreposition(description: string, lang: Lang): string | undefined {
  // German capitalizes every noun, so only "in" counts there, and a noun that follows an article does not.
  const pattern =
    lang === "de"
      ? /(?:^|\s)(?:in|aus)\s+((?:\p{Lu}[\p{L}'-]+)(?:\s\p{Lu}[\p{L}'-]+)?)/gu
      : /(?:^|\s)(?:(?:based in|located in|in|across|around|near|en|à|au|dans|près de)\s+(?:(?:the|el|la|los|las|le|les)\s+)?|près d['’])(\p{Lu}[\p{L}'-]+(?:\s(?:de\s|del\s|du\s|sur\s)?\p{Lu}[\p{L}'-]+)?)/gu;
  for (const match of description.matchAll(pattern)) {
    const name = match[1];
    if (name && !NOT_PLACES.has(name.split(" ")[0] ?? "")) return name;
  }
  return undefined;
}

export interface RegionDetection {
  region: string | undefined;
  /** The owner filled in the region field. */
  stated: boolean;
  currency: string;
  /** The currency was inferred from a place or the language, not just assumed. */
  currencyInferred: boolean;
}

export function detectRegion(args: {
  region: string | undefined;
  description: IndexedText;
  rawDescription: string;
  languageTag: string | undefined;
  lang: Lang;
}): RegionDetection {
  const stated = args.region !== undefined;
  // "online" or "worldwide" in the region field says how the business sells, not where.
  const regionName =
    args.region && !/\b(online|worldwide|global|international|internet|remote)\b/i.test(args.region) ? args.region : undefined;
  const statedPlace = args.region ? findPlace(normalize(args.region)) : undefined;
  const describedPlace = findPlace(args.description.padded);
  const region = regionName ?? describedPlace?.display ?? placeAfterPreposition(args.rawDescription, args.lang);

  const place = statedPlace ?? describedPlace;
  if (place) return { region, stated, currency: place.currency, currencyInferred: true };

  const [primary = "", ...rest] = (args.languageTag ?? "").split("-");
  const subtag = rest.find((part) => /^[A-Z]{2}$/.test(part));
  const fromLanguage = (subtag && LANGUAGE_REGIONS[subtag]) || LANGUAGE_DEFAULTS[primary.toLowerCase()];
  if (fromLanguage) return { region, stated, currency: fromLanguage, currencyInferred: true };
  return { region, stated, currency: "USD", currencyInferred: false };
}
