import type { IndustryCopy } from "../../../i18n/types";
import { de as generic } from "../generic/de";

/** Words specific to this industry; the rest reads from the owner's own offer through the general copy. */
export const de = {
  ...generic,
  label: "Coaching",
  kinds: { coach: { noun: "Coachingpraxis", a: "eine Coachingpraxis", the: "die Coachingpraxis" } },
  customers: "Klienten",
  offer: "Einzelcoaching",
  team: "Coaches",
  overview:
    "Man bucht einen Coach, dem man schon vertraut: kostenlose Inhalte, ein Kennenlerngespräch, Stimmen von Klienten und Empfehlungen verkaufen.",
  segments: [
    {
      name: "Menschen, die etwas ändern wollen",
      description: "Menschen, die {offer} für eine aufgeschobene Veränderung wollen, bei einem Coach, dem sie vertrauen",
      needs: ["Ein Coach, der das kennt", "Ein kostenloses erstes Gespräch"],
    },
    generic.segments[1],
    generic.segments[2],
  ],
  personas: [
    {
      name: "Alex, am Scheideweg",
      summary: "Liest seit Monaten die Beiträge des Coaches und bucht ein Kennenlerngespräch, wenn es passt.",
      demographics: "30-50, Fach- oder Führungskraft",
      goals: ["Klarheit und ein Plan, der hält"],
      painPoints: ["Allgemeine Ratschläge und Verkaufsdruck"],
      objections: ["Lohnt sich Coaching?"],
      quote: "Die Beiträge trafen genau meine Lage.",
    },
    {
      name: "Sabine, Personalleiterin mit Teambudget",
      summary:
        "Hat ein Budget für neue Führungskräfte und will eine Begleitung mit klaren Ergebnissen, die sie intern berichten kann.",
      demographics: "35-55, Personalverantwortliche in einem Unternehmen mit 50 bis 500 Beschäftigten",
      goals: ["Messbare Fortschritte bei jeder Führungskraft", "Ein Coach, der zur Unternehmenskultur passt"],
      painPoints: ["Programme, die sich gut anfühlen und nichts ändern", "Rechnungen und Sitzungsberichten hinterherlaufen"],
      objections: ["Woran merken wir, dass es gewirkt hat?"],
      quote: "Zeigen Sie mir, was sich nach drei Monaten geändert hat, dann buche ich die nächste Gruppe.",
    },
  ],
  positioning: {
    need: "{offer} bei jemandem wollen, dem sie vertrauen",
    benefit: "aus einem kostenlosen Gespräch einen klaren Plan macht",
    reason: "jeder Klient mit einem Gespräch und schriftlichen Zielen beginnt",
    promise: "Erst Klarheit, dann ein Plan, der hält.",
  },
} satisfies IndustryCopy;
