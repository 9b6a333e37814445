import type { IndustryCopy } from "../../../i18n/types";
import { de as generic } from "../generic/de";

/** Words specific to this industry; the rest reads from the owner's own offer through the general copy. */
export const de = {
  ...generic,
  label: "Bau und Sanierung",
  kinds: { builder: { noun: "Bauunternehmen", a: "ein Bauunternehmen", the: "das Bauunternehmen" } },
  customers: "Eigentümer",
  offer: "Bau- und Sanierungsarbeiten",
  team: "Bauteam",
  overview:
    "Eigentümer wählen Baufirmen nach Referenzen und Vertrauen: fertige Projekte, Bewertungen und klare Angebote entscheiden.",
  segments: [
    {
      name: "Eigentümer mit einem Projekt",
      description: "Eigentümer {inRegion}, die {offer} planen und ein klares Angebot und Termintreue wollen",
      needs: ["Ein schriftliches Angebot und ein Starttermin", "Fotos ähnlicher Projekte"],
    },
    generic.segments[1],
    generic.segments[2],
  ],
  personas: [
    {
      name: "Thomas, das erste große Projekt",
      summary: "Plant einen Anbau und fürchtet Pfusch, also fragt er Nachbarn und liest Bewertungen.",
      demographics: "35-55, Eigentümer {inRegion}",
      goals: ["Ein Projekt in Zeit und Budget"],
      painPoints: ["Firmen, die mitten im Auftrag verschwinden"],
      objections: ["Bleibt es beim angebotenen Preis?"],
      quote: "Ich habe die Firma genommen, die mir drei fertige Projekte gezeigt hat.",
    },
    {
      name: "Monika, Vermieterin mit drei Wohnungen",
      summary:
        "Braucht Reparaturen und Renovierungen zwischen zwei Mietern schnell, zum Festpreis und ohne selbst auf die Baustelle zu müssen.",
      demographics: "45-65, besitzt einige Mietwohnungen {inRegion}",
      goals: ["Wohnungen in wenigen Wochen wieder vermietet", "Ein Betrieb, dem sie den Schlüssel geben kann"],
      painPoints: ["Arbeiten, die sich ziehen, während die Wohnung leer steht", "Angebote, die nach Baubeginn wachsen"],
      objections: ["Können Sie Fotos schicken, damit ich nicht vorbeikommen muss?"],
      quote: "Festpreis und Fotos am Ende, dann bekommen Sie jede Renovierung.",
    },
  ],
  positioning: {
    need: "{offer} ohne Überraschungen wollen",
    benefit: "schriftlich anbietet und pünktlich fertig wird",
    reason: "jedes Projekt einen schriftlichen Zeitplan und einen Bauleiter hat",
    promise: "Solide gebaut, pünktlich fertig.",
  },
} satisfies IndustryCopy;
