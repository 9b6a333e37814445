import type { Lang } from "../../types";

/** Words that read a description's opening noun phrase ("Mobile cat grooming service in Bristol, …"). */
export interface BusinessWords {
  /** Words that end the opening phrase: a place, an audience or a verb follows. */
  stops: readonly string[];
  /** Openings that start a sentence rather than name the business. */
  notLead: readonly string[];
  /** Nouns that name the kind of outlet, not what it sells: "service", "studio", "food truck". */
  outlets: readonly string[];
  /** People nouns that name the business itself: "Wedding planner in …" is a planner, not an offer of planners. */
  persons?: readonly string[];
  /** Adjectives that keep their capital mid-sentence: "Korean fried chicken". */
  proper?: readonly string[];
  /** Phrases after which the owner names competitors: "we compete with", "competitors are". */
  rivals: readonly string[];
  /** Linking word after an outlet that comes first: "estudio de tatuajes", "salon de toilettage". */
  of?: string;
  /**
   * Words that attach what a one-word outlet sells ("Foodtruck mit vegetarischen Burgern", "Onlineshop für gebrauchte
   * Fahrräder"): German names the outlet in one compound word, so the headline needs the phrase that follows.
   */
  links?: readonly string[];
}

export const BUSINESS_WORDS = {
  en: {
    stops:
      "in at around near for to with from across that which who where sold made delivered based serving offering run selling we".split(
        " ",
      ),
    persons:
      "photographer videographer planner plumber electrician designer groomer walker trainer tutor coach consultant agent accountant bookkeeper lawyer solicitor builder cleaner florist baker roaster brewer".split(
        " ",
      ),
    notLead: "we i our my us this it the there here".split(" "),
    rivals: [
      "compete with",
      "competing with",
      "competitors are",
      "competitors include",
      "competitors:",
      "competition is",
      "competition from",
      "rivals are",
      "up against",
      "alternatives to",
    ],
    proper:
      "korean mexican italian thai japanese chinese indian french spanish greek turkish vietnamese lebanese american british irish scottish welsh english german venezuelan peruvian brazilian ethiopian caribbean jamaican cuban persian polish".split(
        " ",
      ),
    outlets:
      "food truck|truck|van|service|services|business|company|studio|parlour|parlor|shop|store|salon|agency|practice|clinic|garage|firm|brand|startup|boutique|workshop|stall|outlet|operation|centre|center".split(
        "|",
      ),
  },
  es: {
    stops: "en para con a al que desde cerca donde somos".split(" "),
    rivals: ["competimos con", "competidores son", "competencia es", "competencia:", "competidores:", "frente a"],
    notLead: "somos soy nuestro nuestra mi este esta tenemos hacemos vendemos ofrecemos".split(" "),
    outlets:
      "food truck|servicio|empresa|estudio|tienda|taller|centro|academia|clinica|clínica|negocio|agencia|salon|salón|despacho|puesto".split(
        "|",
      ),
    of: "de",
  },
  fr: {
    stops: "à a en pour avec dans qui près au aux depuis nous".split(" "),
    rivals: ["en concurrence avec", "concurrents sont", "concurrents :", "concurrence :", "face à", "concurrents comme"],
    notLead: "nous je notre mon ma cette ce il".split(" "),
    outlets: "food truck|service|entreprise|studio|boutique|atelier|cabinet|agence|salon|magasin|centre|commerce|camion".split(
      "|",
    ),
    of: "de",
  },
  de: {
    stops: "in im am an auf aus bei für mit von seit nahe wir die der das".split(" "),
    rivals: ["konkurrieren mit", "wettbewerber sind", "konkurrenz sind", "konkurrenz:", "wettbewerber:", "mitbewerber sind"],
    notLead: "wir ich unser unsere mein meine dieses diese das der die es".split(" "),
    outlets: "service|betrieb|unternehmen|geschäft|laden|studio|agentur|firma|werkstatt".split("|"),
    links: ["für", "mit"],
  },
} as const satisfies Readonly<Record<Lang, BusinessWords>>;
