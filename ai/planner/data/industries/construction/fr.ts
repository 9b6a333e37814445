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
    {
      name: "Nadine, propriétaire de trois logements",
      summary: "Veut des travaux rapides entre deux locataires, sur devis ferme, sans devoir passer sur le chantier.",
      demographics: "45-65 ans, possède quelques logements en location {inRegion}",
      goals: ["Des logements reloués en quelques semaines", "Un artisan à qui confier les clés"],
      painPoints: [
        "Des chantiers qui débordent pendant que le logement reste vide",
        "Des devis qui gonflent une fois les travaux lancés",
      ],
      objections: ["Pouvez-vous m'envoyer des photos pour que je n'aie pas à me déplacer ?"],
      quote: "Un prix ferme et des photos à la fin, et tous mes chantiers sont pour vous.",
    },
  ],
  positioning: {
    need: "veulent des {offer} sans surprise",
    benefit: "fait des devis écrits et tient ses délais",
    reason: "chaque chantier a un planning écrit et un responsable",
    promise: "Bien construit, livré à temps.",
  },
} satisfies IndustryCopy;
