import type { IndustryCopy } from "../../../i18n/types";
import { fr as generic } from "../generic/fr";

/** Words specific to this industry; the rest reads from the owner's own offer through the general copy. */
export const fr = {
  ...generic,
  label: "petite enfance",
  kinds: { nursery: { noun: "crèche", a: "une crèche", the: "la crèche" } },
  customers: "parents",
  offer: "accueil des jeunes enfants",
  team: "Équipe éducative",
  overview:
    "Les parents choisissent un mode de garde sur la confiance, des mois à l'avance : la visite, l'avis des autres parents et l'attitude de l'équipe décident.",
  segments: [
    {
      name: "Les parents qui cherchent une place",
      description: "Des parents qui travaillent {inRegion} et ont besoin d'un {offer} de confiance aux horaires adaptés",
      needs: ["Un lieu sûr et chaleureux", "Des horaires et tarifs adaptés"],
    },
    generic.segments[1],
    generic.segments[2],
  ],
  personas: [
    {
      name: "Aurélie, qui reprend le travail",
      summary: "Reprend le travail dans six mois et visite déjà des crèches.",
      demographics: "28-40 ans, en activité, habite {inRegion}",
      goals: ["Un lieu où son enfant va avec plaisir"],
      painPoints: ["Les listes d'attente et le turnover"],
      objections: ["Mon enfant s'y plaira-t-il ?"],
      quote: "La visite a tout décidé : l'équipe connaissait chaque enfant.",
    },
    {
      name: "Thomas, le papa qui fait les trajets",
      summary:
        "Dépose et récupère sa fille autour d'un temps plein et juge une structure à ses horaires, à ses nouvelles de la journée et au calme de sa fille le soir.",
      demographics: "30-45 ans, à temps plein, un ou deux enfants de moins de cinq ans",
      goals: ["Des horaires qui collent à la journée de travail", "Un petit mot sur le déroulé de la journée"],
      painPoints: ["Fermetures et changements d'équipe au dernier moment", "Apprendre un problème des semaines après"],
      objections: ["Que se passe-t-il si je suis bloqué dans les bouchons à la fermeture ?"],
      quote: "Si elle entre en souriant le matin, je n'ai pas besoin d'autre avis.",
    },
  ],
  positioning: {
    need: "ont besoin d'un {offer} de confiance au quotidien",
    benefit: "offre à chaque enfant du temps dehors et une équipe qui le connaît",
    reason: "l'équipe est stable et les parents savent comment s'est passée la journée",
    promise: "Un lieu où votre enfant va avec plaisir.",
  },
} satisfies IndustryCopy;
