import type { IndustryCopy } from "../../../i18n/types";
import { de as generic } from "../generic/de";

/** Words specific to this industry; the rest reads from the owner's own offer through the general copy. */
export const de = {
  ...generic,
  label: "Fotografie",
  kinds: {
    portrait: { noun: "Fotostudio", a: "ein Fotostudio", the: "das Fotostudio" },
    commercial: {
      noun: "Studio für Produktfotografie",
      a: "ein Studio für Produktfotografie",
      the: "das Studio für Produktfotografie",
    },
  },
  customers: "Kunden",
  offer: "Fotoshootings",
  team: "Fotografen",
  overview:
    "Kunden wählen Fotografen nach Portfolio und Empfehlung; die meisten Buchungen beginnen auf Instagram, bei Google oder über Bekannte.",
  segments: [
    {
      name: "Kunden, die ein Shooting buchen",
      description: "Menschen und Unternehmen {inRegion}, die {offer} in einem Stil wollen, den sie schon kennen",
      needs: ["Ein Portfolio mit ihrer Art von Shooting", "Klare Pakete und Lieferzeiten"],
    },
    generic.segments[1],
    generic.segments[2],
  ],
  personas: [
    {
      name: "Sarah, die ein Shooting bucht",
      summary: "Hat einen Termin im Kopf und vergleicht zwei oder drei Portfolios, bevor sie bucht.",
      demographics: "28-45, wohnt {inRegion}, findet Fotografen über Instagram",
      goals: ["Fotos zum Einrahmen und Teilen"],
      painPoints: ["Fotografen, die langsam antworten oder Preise verstecken"],
      objections: ["Sehen die Fotos aus wie im Portfolio?"],
      quote: "Ich habe die gebucht, deren Bilder mich berührt haben.",
    },
    {
      name: "Nadia, Marketingleiterin mit Bildbedarf",
      summary:
        "Braucht Fotos für Website, LinkedIn und einen Produktstart und sucht jemanden, der nach Briefing arbeitet und pünktlich liefert.",
      demographics: "30-50, Marketingverantwortliche in einem kleinen oder mittleren Unternehmen",
      goals: ["Eine einheitliche Bildbibliothek für das ganze Jahr", "Von Anfang an klare Nutzungsrechte"],
      painPoints: ["Shootings, die ausufern und das Büro lahmlegen", "Wochenlanges Warten auf bearbeitete Bilder"],
      objections: ["Wie sind die Nutzungsrechte geregelt?"],
      quote: "Halten Sie Briefing und Termin, dann fotografieren Sie jeden unserer Produktstarts.",
    },
  ],
  positioning: {
    need: "{offer} wollen, die dem Portfolio entsprechen, das sie überzeugt hat",
    benefit: "aus einem Termin Bilder macht, die man einrahmt und teilt",
    reason: "jedes Shooting mit dem Kunden geplant und die Lieferung vorab vereinbart wird",
    promise: "Fotos zum Einrahmen, geliefert wie versprochen.",
  },
} satisfies IndustryCopy;
