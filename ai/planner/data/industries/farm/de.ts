import type { IndustryCopy } from "../../../i18n/types";
import { de as generic } from "../generic/de";

/** Words specific to this industry; the rest reads from the owner's own offer through the general copy. */
export const de = {
  ...generic,
  label: "Hof und Direktvermarktung",
  kinds: { farm: { noun: "Hof", a: "ein Hof", the: "der Hof" } },
  customers: "Haushalte",
  offer: "regionale Erzeugnisse",
  team: "Hofteam",
  overview:
    "Höfe mit Direktvermarktung gewinnen mit Frische, Herkunft und Beziehung: Abos, Hofladen, Märkte und ein Saison-Newsletter binden Haushalte.",
  segments: [
    {
      name: "Haushalte aus der Region",
      description: "Haushalte {inRegion}, die jede Woche {offer} mit bekannter Herkunft wollen",
      needs: ["Frische und Herkunft", "Einfache Bestellung oder Abholung"],
    },
    generic.segments[1],
    generic.segments[2],
  ],
  personas: [
    {
      name: "Karin, der Wocheneinkauf",
      summary: "Kauft lieber auf dem Hof, wenn das Bestellen einfach ist.",
      demographics: "30-60, kocht zu Hause, wohnt {inRegion}",
      goals: ["Frische, saisonale Lebensmittel"],
      painPoints: ["Kisten voller Dinge, die sie nicht braucht"],
      objections: ["Lohnt sich der Aufpreis?"],
      quote: "Ich kenne den Bauern, und das Gemüse hält doppelt so lange.",
    },
    {
      name: "Ben, der Koch, der direkt einkauft",
      summary:
        "Führt eine Küche, die ihre Erzeuger auf der Karte nennt, und will Ware, die auf Bestellung geerntet und zweimal pro Woche geliefert wird.",
      demographics: "30-55, Küchenchef oder Inhaber eines unabhängigen Restaurants {inRegion}",
      goals: ["Ware, die nach der Saison schmeckt", "Ein Erzeuger, der sagt, was als Nächstes kommt"],
      painPoints: ["Unvollständige Lieferungen an einem vollen Freitag", "Großhändler, die nicht wissen, woher die Ware kommt"],
      objections: ["Können Sie jede Woche dieselbe Menge liefern?"],
      quote: "Sagen Sie mir montags, was diese Woche gut ist, dann schreibe ich die Karte danach.",
    },
  ],
  positioning: {
    need: "{offer} mit bekannter Herkunft wollen",
    benefit: "anbaut, erntet und innerhalb von Tagen liefert",
    reason: "jede Kiste sagt, was wo geerntet wurde",
    promise: "Vom Feld in Ihre Küche, diese Woche.",
  },
} satisfies IndustryCopy;
