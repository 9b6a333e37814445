import type { IndustryCopy } from "../../../i18n/types";
import { de as generic } from "../generic/de";

/** Words specific to this industry; the rest reads from the owner's own offer through the general copy. */
export const de = {
  ...generic,
  label: "Mode",
  kinds: { brand: { noun: "Modelabel", a: "ein Modelabel", the: "das Modelabel" } },
  customers: "Kundinnen und Kunden",
  offer: "Kleidung",
  team: "Design- und Kundenteam",
  overview:
    "Kleine Modelabels wachsen mit einem erkennbaren Stil, Creators und Kunden, die die Stücke in sozialen Medien tragen, und einer E-Mail-Liste, die jeden Drop zum Ereignis macht.",
  segments: [
    {
      name: "Menschen, die den Stil lieben",
      description: "Käufer, die {offer} mit einem Stil und Werten wollen, die sie teilen",
      needs: ["Passform und Qualität, denen man online trauen kann", "Eine Geschichte und Werte"],
    },
    generic.segments[1],
    generic.segments[2],
  ],
  personas: [
    {
      name: "Lisa, die stilbewusste Käuferin",
      summary: "Entdeckt Labels auf Instagram und TikTok und kauft, wenn die Bewertungen zur Passform stimmen.",
      demographics: "20-38, kauft online",
      goals: ["Kleidung, die zu ihr passt"],
      painPoints: ["Größen als Glücksspiel"],
      objections: ["Sitzt es wie auf den Fotos?"],
      quote: "Ich habe gekauft, nachdem ich es an jemandem in meiner Größe gesehen habe.",
    },
    {
      name: "Renate, die Geschenkekäuferin",
      summary:
        "Kauft mehrmals im Jahr Kleidung als Geschenk und will eine klare Größentabelle, Geschenkverpackung und einfache Rücksendung.",
      demographics: "40-65, kauft abends online, für Partner, Kinder oder Freundinnen",
      goals: ["Ein Geschenk, das passt und besonders wirkt", "Lieferung rechtzeitig zum Termin"],
      painPoints: ["Größen für andere raten", "Rücksendungen, die Geld kosten oder Wochen dauern"],
      objections: ["Was, wenn es nicht passt?"],
      quote: "Wenn der Umtausch kostenlos ist, bestelle ich ohne Bedenken.",
    },
  ],
  positioning: {
    need: "{offer} wollen, die zu ihnen passt",
    benefit: "kleine Serien mit echten Passform-Angaben entwirft",
    reason: "jedes Stück an echten Menschen mit Maßen gezeigt wird",
    promise: "Kleidung für Ihren Stil und Ihre Größe.",
  },
} satisfies IndustryCopy;
