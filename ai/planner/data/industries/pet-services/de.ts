import type { IndustryCopy } from "../../../i18n/types";
import { de as generic } from "../generic/de";

/** Words specific to this industry; the rest reads from the owner's own offer through the general copy. */
export const de = {
  ...generic,
  label: "Tierservice",
  kinds: {
    grooming: { noun: "Hundesalon", a: "ein Hundesalon", the: "der Hundesalon" },
    care: { noun: "Tierbetreuung", a: "eine Tierbetreuung", the: "die Tierbetreuung" },
  },
  customers: "Tierhalter",
  offer: "Tierbetreuung",
  team: "Groomer und Betreuer",
  overview:
    "Tierhalter {inRegion} geben jedes Jahr mehr für Pflege und Betreuung aus und wählen, wem ihr Tier vertraut: Bewertungen, Fotos zufriedener Tiere und einfache Buchung entscheiden.",
  segments: [
    {
      name: "Tierhalter in der Nähe",
      description: "Halter {inRegion}, die für ein ängstliches oder geliebtes Tier vertrauenswürdige {offer} suchen",
      needs: ["Ruhiger, sicherer Umgang mit dem Tier", "Einfache Buchung und Erinnerungen"],
    },
    generic.segments[1],
    generic.segments[2],
  ],
  personas: [
    {
      name: "Julia, die engagierte Hundehalterin",
      summary: "Behandelt ihren Hund wie ein Familienmitglied und bucht {offer} nur bei Menschen, denen er vertraut.",
      demographics: "28-55, ein oder zwei Tiere, wohnt {inRegion}",
      goals: ["Ein glückliches, gut versorgtes Tier"],
      painPoints: ["Betreuer, die hetzen"],
      objections: ["Kann ich meinen Hund jemand Neuem anvertrauen?"],
      quote: "Wenn er müde und zufrieden heimkommt, buche ich jeden Monat.",
    },
    {
      name: "Felix, frischgebackener Welpenbesitzer",
      summary:
        "Hat letzten Monat einen Welpen geholt und sucht Hilfe bei Erziehung, Sozialisierung und an den Tagen, an denen er arbeitet.",
      demographics: "25-40, erster Hund, arbeitet im Büro oder im Schichtdienst",
      goals: ["Ein ausgeglichener, selbstsicherer Hund", "Jemand Verlässliches an langen Arbeitstagen"],
      painPoints: ["Nicht zu wissen, wem man einen jungen Hund anvertrauen kann", "Kurzfristige Absagen"],
      objections: ["Ist mein Welpe alt genug und ausreichend geimpft?"],
      quote: "Ich will nur ehrlich hören, wie er sich macht.",
    },
  ],
  positioning: {
    need: "{offer} wollen, bei der ihr Tier entspannt bleibt",
    benefit: "jedes Tier individuell betreut, mit Fotos und Updates",
    reason: "jedes Tier immer von denselben Menschen betreut wird",
    promise: "Betreuung, auf die sich Ihr Tier freut.",
  },
} satisfies IndustryCopy;
