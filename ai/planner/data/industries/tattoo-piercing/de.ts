import type { IndustryCopy } from "../../../i18n/types";
import { de as generic } from "../generic/de";

/** Words specific to this industry; the rest reads from the owner's own offer through the general copy. */
export const de = {
  ...generic,
  label: "Tattoo und Piercing",
  kinds: {
    tattoo: { noun: "Tattoostudio", a: "ein Tattoostudio", the: "das Tattoostudio" },
    piercing: { noun: "Piercingstudio", a: "ein Piercingstudio", the: "das Piercingstudio" },
  },
  customers: "Kundinnen und Kunden",
  offer: "individuelle Tattoos",
  team: "Artists",
  overview:
    "Tattoo-Kunden wählen nach Portfolio: Instagram, Bewertungen und Empfehlungen entscheiden, wer bucht; individuelle Motive werden Wochen im Voraus gebucht.",
  segments: [
    {
      name: "Menschen mit einem eigenen Motiv",
      description: "Kunden {inRegion}, die {offer} wollen, die für sie entworfen werden",
      needs: ["Ein Portfolio in ihrem Stil", "Klare Beratung, Anzahlung und Preis"],
    },
    generic.segments[1],
    generic.segments[2],
  ],
  personas: [
    {
      name: "Lena, das erste eigene Motiv",
      summary: "Sammelt seit Monaten Ideen und sucht vor der Buchung einen Artist, dessen Stil passt.",
      demographics: "22-40, wohnt {inRegion}, folgt Artists auf Instagram",
      goals: ["Ein Motiv, das sie ein Leben lang liebt"],
      painPoints: ["Studios, die einschüchtern oder drängen"],
      objections: ["Passt dieser Artist zu meinem Stil?"],
      quote: "Ich habe gebucht, weil das Portfolio genau meiner Idee entsprach.",
    },
    generic.personas[1],
  ],
  positioning: {
    need: "{offer} wollen, auf die sie stolz sind",
    benefit: "jedes Motiv gemeinsam entwirft, in einem einladenden Studio",
    reason: "jeder Artist sein Portfolio zeigt und sich Zeit für die Beratung nimmt",
    promise: "Tattoos, die Sie mit Stolz tragen, von Artists, die zuhören.",
  },
} satisfies IndustryCopy;
