import type { IndustryCopy } from "../../../i18n/types";
import { de as generic } from "../generic/de";

/** Words specific to this industry; the rest reads from the owner's own offer through the general copy. */
export const de = {
  ...generic,
  label: "Umzug und Logistik",
  kinds: { removals: { noun: "Umzugsunternehmen", a: "ein Umzugsunternehmen", the: "das Umzugsunternehmen" } },
  customers: "Kunden",
  offer: "Umzüge und Transporte",
  team: "Team und Disposition",
  overview:
    "Umzugsfirmen werden unter Zeitdruck und nach Vertrauen gebucht: Bewertungen, ein schnelles Festpreisangebot und Versicherung entscheiden.",
  segments: [
    {
      name: "Menschen, die bald umziehen",
      description: "Menschen {inRegion}, die {offer} zu einem festen Termin brauchen und einem Team vertrauen wollen",
      needs: ["Festpreis und fester Termin", "Sorgfalt und Versicherung"],
    },
    generic.segments[1],
    generic.segments[2],
  ],
  personas: [
    {
      name: "Nina, zieht in drei Wochen um",
      summary: "Holt drei Angebote ein und bucht, wer schnell mit Festpreis antwortet.",
      demographics: "25-45, mietet oder kauft {inRegion}",
      goals: ["Ein pünktlicher Umzug ohne Schäden"],
      painPoints: ["Versteckte Zusatzkosten am Umzugstag"],
      objections: ["Was, wenn etwas kaputtgeht?"],
      quote: "Festpreis in einer Stunde, und sie waren früher da.",
    },
    {
      name: "Oliver, verantwortlich für den Büroumzug",
      summary:
        "Zieht mit einem Team von 40 Leuten an einem Wochenende in neue Büros und braucht einen Umzug, der auf die Stunde geplant ist, samt IT und Möbeln.",
      demographics: "30-55, Facility- oder Betriebsleitung",
      goals: ["Arbeitsplätze, die am Montagmorgen laufen", "Ein Ansprechpartner, der den Plan verantwortet"],
      painPoints: ["Beschädigte Geräte ohne klare Versicherung", "Umzugsteams, die unterbesetzt kommen"],
      objections: ["Sind IT-Geräte versichert?"],
      quote: "Wenn am Montag alle arbeiten können, empfehle ich Sie überall weiter.",
    },
  ],
  positioning: {
    need: "{offer} zu einem festen Termin brauchen",
    benefit: "schnell einen Festpreis nennt und pünktlich ist",
    reason: "jeder Auftrag versichert und schriftlich bestätigt ist",
    promise: "Festpreis, pünktlich, mit Sorgfalt.",
  },
} satisfies IndustryCopy;
