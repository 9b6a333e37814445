import type { IndustryCopy } from "../../../i18n/types";
import { de as generic } from "../generic/de";

/** Words specific to this industry; the rest reads from the owner's own offer through the general copy. */
export const de = {
  ...generic,
  label: "Einzelhandel",
  kinds: { shop: { noun: "inhabergeführtes Geschäft", a: "ein inhabergeführtes Geschäft", the: "das inhabergeführte Geschäft" } },
  customers: "Kunden",
  offer: "ausgewählte Produkte",
  team: "Ladenteam",
  overview:
    "Inhabergeführte Läden gewinnen mit dem, was Ketten nicht kopieren: Auswahl, Beratung, Veranstaltungen und ein Ort, an den man gern kommt.",
  segments: [
    {
      name: "Kunden aus dem Viertel und Besucher",
      description: "Menschen {inRegion}, die {offer} lieber bei jemandem kaufen, der sie kennt",
      needs: ["Gute Beratung und ein angenehmer Besuch", "Ein Grund wiederzukommen"],
    },
    generic.segments[1],
    generic.segments[2],
  ],
  personas: [
    {
      name: "Monika, die treue Stammkundin",
      summary: "Kauft lieber im Viertel und kommt für Beratung, Geschenke und Veranstaltungen.",
      demographics: "35-65, wohnt {inRegion}",
      goals: ["Etwas Besonderes finden, gut beraten"],
      painPoints: ["Ketten und Websites mit immer gleichem Sortiment"],
      objections: ["Ist es teurer als online?"],
      quote: "Ich komme wegen der Empfehlungen und gehe nie mit leeren Händen.",
    },
    {
      name: "Jamie, für einen Tag in der Stadt",
      summary: "Stöbert zwischen Mittagessen und Zug in unabhängigen Läden und kauft ein Mitbringsel oder ein Geschenk.",
      demographics: "25-60, Tagesbesucher oder Tourist {inRegion}, findet Läden über Google Maps und Instagram",
      goals: ["Etwas, das es zu Hause nicht gibt", "Eine schnelle, freundliche Empfehlung"],
      painPoints: [
        "Läden, die geschlossen wirken oder online keine Öffnungszeiten nennen",
        "Schwere Dinge, die man nicht mitnehmen kann",
      ],
      objections: ["Verschicken Sie auch, damit ich nichts tragen muss?"],
      quote: "Ich habe Sie auf Maps gefunden und drei Geschenke gekauft.",
    },
  ],
  positioning: {
    need: "{offer} lieber bei Menschen kaufen, die sie kennen",
    benefit: "jedes Produkt auswählt und berät wie keine Website",
    reason: "das Team das Sortiment und die Stammkunden kennt",
    promise: "Mit Sorgfalt ausgewählt, mit Beratung, die es online nicht gibt.",
  },
} satisfies IndustryCopy;
