import type { IndustryCopy } from "../../../i18n/types";
import { de as generic } from "../generic/de";

/** Words specific to this industry; the rest reads from the owner's own offer through the general copy. */
export const de = {
  ...generic,
  label: "Kinderbetreuung",
  kinds: { nursery: { noun: "Kita", a: "eine Kita", the: "die Kita" } },
  customers: "Eltern",
  offer: "Kinderbetreuung",
  team: "Erzieherinnen und Erzieher",
  overview:
    "Eltern wählen die Betreuung nach Vertrauen und Monate im Voraus: der Besuch, was andere Eltern sagen und wie das Team mit Kindern spricht, entscheiden.",
  segments: [
    {
      name: "Eltern auf Platzsuche",
      description: "Berufstätige Eltern {inRegion}, die verlässliche {offer} mit passenden Zeiten brauchen",
      needs: ["Ein sicherer, herzlicher Ort", "Passende Zeiten und Beiträge"],
    },
    generic.segments[1],
    generic.segments[2],
  ],
  personas: [
    {
      name: "Anna, die wieder einsteigt",
      summary: "Geht in sechs Monaten wieder arbeiten und besichtigt jetzt Einrichtungen.",
      demographics: "28-40, berufstätig, wohnt {inRegion}",
      goals: ["Ein Ort, an den ihr Kind gern geht"],
      painPoints: ["Wartelisten und ständig wechselnde Betreuer"],
      objections: ["Wird sich mein Kind wohlfühlen?"],
      quote: "Der Besuch hat entschieden: Das Team kannte jedes Kind beim Namen.",
    },
    {
      name: "Jan, der berufstätige Vater beim Abholen",
      summary:
        "Bringt und holt seine Tochter neben einem Vollzeitjob und beurteilt eine Einrichtung nach Öffnungszeiten, Rückmeldungen und danach, wie entspannt seine Tochter nach Hause kommt.",
      demographics: "30-45, Vollzeit berufstätig, ein oder zwei Kinder unter fünf",
      goals: ["Öffnungszeiten, die zum Arbeitstag passen", "Eine kurze Rückmeldung zum Tag"],
      painPoints: ["Kurzfristige Schließtage und Personalwechsel", "Probleme erst Wochen später erfahren"],
      objections: ["Was ist, wenn ich zur Schließzeit im Stau stehe?"],
      quote: "Wenn sie morgens fröhlich hineinläuft, brauche ich keine andere Bewertung.",
    },
  ],
  positioning: {
    need: "verlässliche {offer} brauchen",
    benefit: "jedem Kind Zeit draußen und ein Team gibt, das es kennt",
    reason: "das Team bleibt und Eltern vom Tag ihres Kindes erfahren",
    promise: "Ein Ort, an den Ihr Kind gern geht.",
  },
} satisfies IndustryCopy;
