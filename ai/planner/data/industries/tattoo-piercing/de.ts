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
    {
      name: "Leo, der Sammler mit halbem Sleeve",
      summary:
        "Hat schon mehrere Motive, folgt eher Artists als Studios und bucht Monate im Voraus, sobald sein Artist Termine freigibt.",
      demographics: "25-45, stark tätowiert, reist für den richtigen Artist",
      goals: ["Arbeit, die zu den vorhandenen Motiven passt", "Ein Artist, dessen Stil er vertraut"],
      painPoints: ["Terminbücher, die an einem Tag auf- und zugehen", "Studios, die nicht sagen, wer frei ist"],
      objections: ["Macht der Artist Cover-ups oder arbeitet er an fremden Motiven weiter?"],
      quote: "Ich folge dem Artist, nicht dem Studio: Sagen Sie mir, wann es Termine gibt.",
    },
  ],
  positioning: {
    need: "{offer} wollen, auf die sie stolz sind",
    benefit: "jedes Motiv gemeinsam entwirft, in einem einladenden Studio",
    reason: "jeder Artist sein Portfolio zeigt und sich Zeit für die Beratung nimmt",
    promise: "Tattoos, die Sie mit Stolz tragen, von Artists, die zuhören.",
  },
} satisfies IndustryCopy;
