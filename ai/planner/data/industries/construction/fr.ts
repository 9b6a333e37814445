import type { IndustryCopy } from "../../../i18n/types";
import { fr as generic } from "../generic/fr";

/** Words specific to this industry; the rest reads from the owner's own offer through the general copy. */
export const fr = {
  ...generic,
  label: "bâtiment et rénovation",
  kinds: { builder: { noun: "entreprise de rénovation", a: "une entreprise de rénovation", the: "l'entreprise de rénovation" } },
  customers: "propriétaires",
  offer: "travaux de rénovation",
  team: "Équipe de chantier",
  overview:
    "Les propriétaires choisissent une entreprise sur preuves et confiance : chantiers terminés, avis et devis clairs décident.",
  segments: [
    {
      name: "Propriétaires avec un projet",
      description: "Des propriétaires {inRegion} qui prévoient des {offer} et veulent un devis clair et des délais tenus",
      needs: ["Un devis écrit et une date de début", "Des photos de chantiers similaires"],
    },
    generic.segments[1],
    generic.segments[2],
  ],
  personas: [
    {
      name: "Philippe, premier gros chantier",
      summary: "Prévoit une extension et craint les mauvaises surprises, il interroge ses voisins.",
      demographics: "35-55 ans, propriétaire {inRegion}",
      goals: ["Un chantier fini dans les temps et le budget"],
      painPoints: ["Les artisans qui disparaissent"],
      objections: ["Le prix final sera-t-il celui du devis ?"],
      quote: "J'ai choisi celui qui m'a montré trois chantiers finis.",
    },
    generic.personas[1],
  ],
  positioning: {
    need: "veulent des {offer} sans surprise",
    benefit: "fait des devis écrits et tient ses délais",
    reason: "chaque chantier a un planning écrit et un responsable",
    promise: "Bien construit, livré à temps.",
  },
} satisfies IndustryCopy;
