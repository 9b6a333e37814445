import type { IndustryCopy } from "../../../i18n/types";
import { de as generic } from "../generic/de";

/** Words specific to this industry; the rest reads from the owner's own offer through the general copy. */
export const de = {
  ...generic,
  label: "Foodtruck",
  kinds: { truck: { noun: "Foodtruck", a: "ein Foodtruck", the: "der Foodtruck" } },
  customers: "Gäste",
  offer: "Streetfood",
  team: "Truck-Team",
  overview:
    "Ein Foodtruck lebt von seinen Standorten und davon, dass man ihn findet: ein Wochenplan in den sozialen Medien, Märkte und Brauereien als Gastgeber und private Buchungen.",
  segments: [
    {
      name: "Stammgäste an den Standorten",
      description:
        "Menschen auf Märkten, Festivals und Firmengeländen {inRegion}, die {offer} wollen und nachsehen, wo der Truck diese Woche steht",
      needs: ["Wissen, wann und wo der Truck steht", "Kurze Schlange, schneller Service"],
    },
    generic.segments[1],
    generic.segments[2],
  ],
  personas: [
    {
      name: "Tim, der dem Truck folgt",
      summary: "Schaut auf Instagram, wo der Truck steht, und bringt Kollegen mit.",
      demographics: "22-40, arbeitet in der Nähe der Standorte {inRegion}",
      goals: ["Gutes Essen ohne langes Sitzen"],
      painPoints: ["Umsonst hinkommen"],
      objections: ["Lohnt sich die Schlange?"],
      quote: "Wenn ich weiß, wo ihr freitags steht, komme ich.",
    },
    {
      name: "Clara, bucht für eine private Feier",
      summary: "Plant Hochzeit, Geburtstag oder Firmenfeier und will den Foodtruck vor Ort, zum Festpreis pro Gast.",
      demographics: "28-50, organisiert eine private oder betriebliche Feier {inRegion}",
      goals: ["Essen, an das sich die Gäste erinnern", "Ein klarer Preis ohne versteckte Extras"],
      painPoints: ["Caterer, die eine ganze Küche brauchen", "Lange Schlangen an der Ausgabe"],
      objections: ["Wie viele Gäste schaffen Sie pro Stunde?"],
      quote: "Nennen Sie mir den Preis pro Gast, dann gehört der Termin Ihnen.",
    },
  ],
  positioning: {
    need: "{offer} wollen, für das sich der Weg lohnt",
    benefit: "jede Woche seine Standorte ankündigt und schnell serviert",
    reason: "der Plan fest und die Karte kurz und gut ist",
    promise: "Finden Sie uns, und kommen Sie jede Woche wieder.",
  },
} satisfies IndustryCopy;
