import type { IndustryCopy } from "../../../i18n/types";
import { de as generic } from "../generic/de";

/** Words specific to this industry; the rest reads from the owner's own offer through the general copy. */
export const de = {
  ...generic,
  label: "Kfz-Werkstatt",
  kinds: { garage: { noun: "Kfz-Werkstatt", a: "eine Kfz-Werkstatt", the: "die Kfz-Werkstatt" } },
  customers: "Autofahrer",
  offer: "Wartung und Reparatur",
  team: "Mechaniker und Annahme",
  overview:
    "Autofahrer wählen ihre Werkstatt nach Vertrauen: Google-Bewertungen, klare Kostenvoranschläge und Online-Termine entscheiden, und zufriedene Kunden bleiben jahrelang.",
  segments: [
    {
      name: "Autofahrer aus der Umgebung",
      description: "Autofahrer {inRegion}, die {offer} brauchen und einer Werkstatt vertrauen wollen",
      needs: ["Ein ehrlicher Kostenvoranschlag vorab", "Das Auto pünktlich zurück"],
    },
    generic.segments[1],
    generic.segments[2],
  ],
  personas: [
    {
      name: "Michael, der viel fährt",
      summary: "Braucht das Auto für die Arbeit und will {offer} ordentlich, pünktlich und ohne Überraschungen.",
      demographics: "30-60, fährt täglich, wohnt {inRegion}",
      goals: ["Ein zuverlässiges Auto"],
      painPoints: ["Werkstätten, die nachträglich Arbeiten finden"],
      objections: ["Zahle ich am Ende zu viel?"],
      quote: "Sagen Sie mir den Preis vorher, und um fünf ist es fertig.",
    },
    {
      name: "Thomas, Chef einer kleinen Flotte",
      summary:
        "Betreibt drei, vier Transporter für seinen Handwerksbetrieb und braucht Termine, die um die Aufträge herum passen, mit einer Sammelrechnung im Monat.",
      demographics: "35-60, Inhaber eines Handwerks- oder Lieferbetriebs, Fahrzeuge täglich im Einsatz",
      goals: ["Möglichst kurze Standzeiten", "Eine Werkstatt, die jedes Fahrzeug kennt"],
      painPoints: ["Ein Transporter, der tagelang auf Teile wartet", "Überraschungen auf der Rechnung"],
      objections: ["Geht es frühmorgens, vor Arbeitsbeginn?"],
      quote: "Jeder Tag in der Werkstatt kostet mich einen Auftrag.",
    },
  ],
  positioning: {
    need: "{offer} von einer Werkstatt wollen, der sie vertrauen",
    benefit: "vorher einen Preis nennt und pünktlich übergibt",
    reason: "jeder Auftrag einen schriftlichen Kostenvoranschlag und Fotos der Teile bekommt",
    promise: "Ehrliche Preise, pünktlich fertig.",
  },
} satisfies IndustryCopy;
