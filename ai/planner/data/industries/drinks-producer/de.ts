import type { IndustryCopy } from "../../../i18n/types";
import { de as generic } from "../generic/de";

/** Words specific to this industry; the rest reads from the owner's own offer through the general copy. */
export const de = {
  ...generic,
  label: "Getränkehersteller",
  kinds: {
    brewery: { noun: "Brauerei", a: "eine Brauerei", the: "die Brauerei" },
    winery: { noun: "Weingut", a: "ein Weingut", the: "das Weingut" },
  },
  customers: "Genießer und Handelspartner",
  offer: "handwerkliche Getränke",
  team: "Hersteller und Ausschankteam",
  overview:
    "Kleine Hersteller verkaufen auf drei Wegen: ab Hof oder im Ausschank, online und über Gastronomie und Fachhandel; Besuche, Verkostungen und eine Geschichte, die man weitererzählt, tragen alle drei.",
  segments: [
    {
      name: "Fans aus der Region und Besucher",
      description: "Menschen {inRegion}, die {offer} aus der Nähe suchen und gern besuchen und probieren",
      needs: ["Etwas Neues zum Probieren", "Ein Besuch, der sich lohnt"],
    },
    generic.segments[1],
    generic.segments[2],
  ],
  personas: [
    {
      name: "Stefan, der Genießer aus der Region",
      summary: "Probiert jede Neuheit, kommt samstags und bringt Freunde mit.",
      demographics: "28-55, wohnt {inRegion}",
      goals: ["Neues vor seinen Freunden entdecken"],
      painPoints: ["Händler, die die Neuheit nie haben"],
      objections: ["Wo kann ich das in meiner Nähe kaufen?"],
      quote: "Ich komme, weil es immer etwas Neues gibt.",
    },
    {
      name: "Lena, Einkäuferin für Bars und Fachhandel",
      summary:
        "Kauft für zwei Bars und einen Getränkehandel ein und listet eine Marke, wenn die Geschichte verkauft und die Lieferung verlässlich ist.",
      demographics: "30-50, Inhaberin oder Einkäuferin in Bar, Restaurant oder Fachhandel",
      goals: ["Produkte, nach denen Gäste gezielt fragen", "Verlässliche Lieferung und faire Konditionen"],
      painPoints: ["Marken, die mitten in der Saison ausverkauft sind", "Keine Unterstützung beim Abverkauf"],
      objections: ["Kommen Sie für eine Verkostung mit meinem Team vorbei?"],
      quote: "Wenn mein Team die Geschichte erzählen kann, verkauft sich die Flasche von selbst.",
    },
  ],
  positioning: {
    need: "{offer} aus der Nähe suchen",
    benefit: "kleine Chargen herstellt, die man besucht, probiert und weitererzählt",
    reason: "jede Charge vor Ort entsteht und von denen ausgeschenkt wird, die sie gemacht haben",
    promise: "Hier gemacht, hier am besten probiert.",
  },
} satisfies IndustryCopy;
