import type { IndustryCopy } from "../../../i18n/types";
import { fr as generic } from "../generic/fr";

/** Words specific to this industry; the rest reads from the owner's own offer through the general copy. */
export const fr = {
  ...generic,
  label: "coaching",
  kinds: { coach: { noun: "cabinet de coaching", a: "un cabinet de coaching", the: "le cabinet de coaching" } },
  customers: "clients",
  offer: "coaching individuel",
  team: "Coachs",
  overview:
    "On choisit un coach en qui l'on a déjà confiance : contenus gratuits, appel découverte, témoignages et recommandations font la vente.",
  segments: [
    {
      name: "Les personnes prêtes à changer",
      description: "Des personnes qui veulent un {offer} pour un changement repoussé, avec un coach de confiance",
      needs: ["Un coach passé par là", "Un premier échange gratuit"],
    },
    generic.segments[1],
    generic.segments[2],
  ],
  personas: [
    {
      name: "Alex, à la croisée des chemins",
      summary: "Lit les publications du coach depuis des mois et réserve un appel découverte le moment venu.",
      demographics: "30-50 ans, cadre",
      goals: ["De la clarté et un plan tenable"],
      painPoints: ["Les conseils génériques et la vente forcée"],
      objections: ["Le coaching vaut-il son prix ?"],
      quote: "Ses posts parlaient exactement de ma situation.",
    },
    {
      name: "Claire, DRH qui achète pour une équipe",
      summary:
        "Dispose d'un budget pour accompagner les nouveaux managers et veut des résultats clairs, qu'elle peut présenter à la direction.",
      demographics: "35-55 ans, RH dans une entreprise de 50 à 500 salariés",
      goals: ["Des progrès mesurables pour chaque manager", "Un coach qui colle à la culture de l'entreprise"],
      painPoints: ["Des programmes agréables qui ne changent rien", "Courir après les factures et les comptes rendus"],
      objections: ["Comment saurons-nous que cela a marché ?"],
      quote: "Montrez-moi ce qui a changé en trois mois et je renouvelle pour la promotion suivante.",
    },
  ],
  positioning: {
    need: "veulent un {offer} avec quelqu'un de confiance",
    benefit: "transforme un premier échange gratuit en plan clair",
    reason: "chaque client commence par un appel et des objectifs écrits",
    promise: "D'abord la clarté, puis un plan que vous tenez.",
  },
} satisfies IndustryCopy;
