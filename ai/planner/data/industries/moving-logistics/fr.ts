import type { IndustryCopy } from "../../../i18n/types";
import { fr as generic } from "../generic/fr";

/** Words specific to this industry; the rest reads from the owner's own offer through the general copy. */
export const fr = {
  ...generic,
  label: "déménagement et logistique",
  kinds: {
    removals: { noun: "entreprise de déménagement", a: "une entreprise de déménagement", the: "l'entreprise de déménagement" },
  },
  customers: "clients",
  offer: "déménagements et livraisons",
  team: "Équipe et planning",
  overview: "On réserve un déménageur dans l'urgence et sur la confiance : avis, devis ferme rapide et assurance décident.",
  segments: [
    {
      name: "Les personnes qui déménagent bientôt",
      description: "Des personnes {inRegion} qui ont besoin de {offer} à date fixe et d'une équipe de confiance",
      needs: ["Un prix ferme et une date sûre", "Soin et assurance"],
    },
    generic.segments[1],
    generic.segments[2],
  ],
  personas: [
    {
      name: "Nina, déménage dans trois semaines",
      summary: "Demande trois devis et choisit celui qui répond vite avec un prix ferme.",
      demographics: "25-45 ans, locataire ou acheteuse {inRegion}",
      goals: ["Un déménagement à l'heure, sans casse"],
      painPoints: ["Les suppléments le jour J"],
      objections: ["Et si quelque chose casse ?"],
      quote: "Prix ferme en une heure, et ils sont arrivés en avance.",
    },
    {
      name: "Olivier, responsable du transfert de bureaux",
      summary:
        "Déménage une équipe de 40 personnes dans de nouveaux bureaux sur un week-end et veut un planning à l'heure près, informatique et mobilier compris.",
      demographics: "30-55 ans, responsable des services généraux",
      goals: ["Des postes opérationnels le lundi matin", "Un interlocuteur unique responsable du planning"],
      painPoints: ["Du matériel abîmé sans assurance claire", "Des équipes en sous-effectif le jour J"],
      objections: ["Êtes-vous assurés pour le matériel informatique ?"],
      quote: "Si tout le monde peut se connecter lundi, je vous recommanderai partout.",
    },
  ],
  positioning: {
    need: "ont besoin de {offer} à une date qui ne bouge pas",
    benefit: "donne vite un prix ferme et arrive à l'heure",
    reason: "chaque mission est assurée et confirmée par écrit",
    promise: "Prix ferme, le jour dit, avec soin.",
  },
} satisfies IndustryCopy;
