import type { IndustryCopy } from "../../../i18n/types";
import { de as generic } from "../generic/de";

/** Words specific to this industry; the rest reads from the owner's own offer through the general copy. */
export const de = {
  ...generic,
  label: "Gebraucht- und Refurbished-Handel",
  kinds: {
    refurbished: { noun: "Refurbished-Händler", a: "ein Refurbished-Händler", the: "der Refurbished-Händler" },
    "second-hand": { noun: "Secondhand-Laden", a: "ein Secondhand-Laden", the: "der Secondhand-Laden" },
  },
  customers: "Käufer",
  offer: "geprüfte Gebrauchtware",
  team: "Einkaufs- und Kundenteam",
  overview:
    "Käufer von Gebrauchtware wollen einen fairen Preis ohne Risiko: Zustand, Garantie, Rückgabe und Bewertungen entscheiden, Marktplätze setzen den Vergleichspreis.",
  segments: [
    {
      name: "Preisbewusste Käufer",
      description: "Käufer, die {offer} günstiger als neu und ohne Privatkauf-Risiko wollen",
      needs: ["Klarer Zustand und Garantie", "Einfache Rückgabe"],
    },
    generic.segments[1],
    generic.segments[2],
  ],
  personas: [
    {
      name: "Jonas, der vorsichtige Schnäppchenjäger",
      summary: "Vergleicht {offer} mit Neupreis und Marktplätzen und kauft dort, wo das Risiko am kleinsten wirkt.",
      demographics: "18-45, kauft online, liest zuerst Bewertungen",
      goals: ["Ein gutes Produkt für deutlich weniger als neu"],
      painPoints: ["Anzeigen mit unklarem Zustand oder ohne Rückgabe"],
      objections: ["Was, wenn es nach einem Monat kaputtgeht?"],
      quote: "Mit Garantie und echten Bewertungen kaufe ich lieber refurbished.",
    },
    {
      name: "Maya, bewusst auf Secondhand umgestiegen",
      summary: "Kauft gebraucht, weil sie nicht neu kaufen will, und achtet auf Reparaturen, Herkunft und Verpackung.",
      demographics: "22-40, achtet auf Nachhaltigkeit, kauft online und auf Flohmärkten",
      goals: ["Gute Dinge, die halten, ohne Verschwendung", "Zustand und Geschichte des Artikels kennen"],
      painPoints: ["Vage Angebote und unscharfe Fotos", "Umständliche Rücksendungen"],
      objections: ["Wie bewerten Sie den Zustand?"],
      quote: "Wenn die Kratzer ehrlich genannt werden, vertraue ich dem Rest.",
    },
  ],
  positioning: {
    need: "{offer} zu einem fairen Preis ohne Risiko wollen",
    benefit: "jedes Stück prüft, einstuft und mit Garantie verkauft",
    reason: "jedes Stück getestet und mit Garantie und einfacher Rückgabe verkauft wird",
    promise: "Wie neu, günstiger und mit Garantie.",
  },
} satisfies IndustryCopy;
