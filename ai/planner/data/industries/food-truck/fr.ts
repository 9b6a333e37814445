import type { IndustryCopy } from "../../../i18n/types";
import { fr as generic } from "../generic/fr";

/** Words specific to this industry; the rest reads from the owner's own offer through the general copy. */
export const fr = {
  ...generic,
  label: "food truck",
  kinds: { truck: { noun: "food truck", a: "un food truck", the: "le food truck" } },
  customers: "clients",
  offer: "cuisine de rue",
  team: "Équipe du camion",
  overview:
    "Un food truck vit de ses emplacements et de ceux qui savent où le trouver : un planning hebdomadaire sur les réseaux, des marchés et brasseries partenaires et des privatisations.",
  segments: [
    {
      name: "Les habitués des emplacements",
      description:
        "Les gens des marchés, festivals et bureaux {inRegion} qui veulent de la {offer} et regardent où est le camion cette semaine",
      needs: ["Savoir où et quand le trouver", "Peu d'attente et un service rapide"],
    },
    generic.segments[1],
    generic.segments[2],
  ],
  personas: [
    {
      name: "Hugo, qui suit le camion",
      summary: "Regarde sur Instagram où le camion s'installe et vient avec des collègues.",
      demographics: "22-40 ans, travaille près des emplacements {inRegion}",
      goals: ["Bien manger sans s'attabler"],
      painPoints: ["Venir pour rien"],
      objections: ["Ça vaut la queue ?"],
      quote: "Si je sais où vous êtes vendredi, je viens.",
    },
    {
      name: "Claire, qui réserve pour un événement privé",
      summary:
        "Prépare un mariage, un anniversaire ou une soirée d'entreprise et veut le camion sur place, à prix fixe par invité.",
      demographics: "28-50 ans, organise un événement privé ou d'entreprise {inRegion}",
      goals: ["Un repas dont les invités se souviennent", "Un prix clair, sans suppléments cachés"],
      painPoints: ["Des traiteurs qui exigent une cuisine complète", "De longues files au comptoir"],
      objections: ["Combien d'invités pouvez-vous servir en une heure ?"],
      quote: "Donnez-moi le prix par personne et la date est à vous.",
    },
  ],
  positioning: {
    need: "veulent une {offer} qui vaut le détour",
    benefit: "annonce chaque semaine ses emplacements et sert vite",
    reason: "le planning est fixe et la carte courte et maîtrisée",
    promise: "Trouvez-nous, revenez chaque semaine.",
  },
} satisfies IndustryCopy;
