import type { IndustryCopy } from "../../../i18n/types";
import { fr as generic } from "../generic/fr";

/** Words specific to this industry; the rest reads from the owner's own offer through the general copy. */
export const fr = {
  ...generic,
  label: "commerce indépendant",
  kinds: { shop: { noun: "commerce indépendant", a: "un commerce indépendant", the: "le commerce indépendant" } },
  customers: "clients",
  offer: "produits choisis avec soin",
  team: "Équipe du magasin",
  overview:
    "Les commerces indépendants gagnent sur ce que les chaînes ne copient pas : sélection, conseil, événements et un lieu où l'on aime passer.",
  segments: [
    {
      name: "Clients du quartier et visiteurs",
      description: "Des habitants {inRegion} qui préfèrent acheter leurs {offer} chez un commerçant qui les connaît",
      needs: ["Un bon conseil et une visite agréable", "Une raison de revenir"],
    },
    generic.segments[1],
    generic.segments[2],
  ],
  personas: [
    {
      name: "Sylvie, la fidèle du quartier",
      summary: "Préfère acheter dans son quartier et vient pour les conseils, les cadeaux et les événements.",
      demographics: "35-65 ans, habite {inRegion}",
      goals: ["Trouver quelque chose de spécial, bien conseillée"],
      painPoints: ["Les chaînes et sites qui vendent tous la même chose"],
      objections: ["Est-ce plus cher qu'en ligne ?"],
      quote: "Je viens pour les conseils et je repars toujours avec quelque chose.",
    },
    {
      name: "Jamie, de passage pour la journée",
      summary: "Flâne dans les boutiques indépendantes entre le déjeuner et le train, et achète un souvenir ou un cadeau.",
      demographics: "25-60 ans, visiteur ou touriste {inRegion}, trouve les boutiques sur Google Maps et Instagram",
      goals: ["Quelque chose qu'on ne trouve pas chez soi", "Un conseil rapide et sympathique"],
      painPoints: ["Des boutiques qui semblent fermées ou sans horaires en ligne", "Des objets lourds impossibles à rapporter"],
      objections: ["Vous expédiez, pour que je n'aie pas à le porter ?"],
      quote: "Je vous ai trouvés sur Maps et je suis reparti avec trois cadeaux.",
    },
  ],
  positioning: {
    need: "préfèrent acheter des {offer} chez qui les connaît",
    benefit: "choisit chaque produit et conseille comme aucun site",
    reason: "l'équipe connaît le stock et les habitués",
    promise: "Choisi avec soin, avec des conseils introuvables en ligne.",
  },
} satisfies IndustryCopy;
