import type { IndustryCopy } from "../../../i18n/types";
import { fr as generic } from "../generic/fr";

/** Words specific to this industry; the rest reads from the owner's own offer through the general copy. */
export const fr = {
  ...generic,
  label: "occasion et reconditionné",
  kinds: {
    refurbished: { noun: "vendeur de reconditionné", a: "un vendeur de reconditionné", the: "le vendeur de reconditionné" },
    "second-hand": { noun: "boutique d'occasion", a: "une boutique d'occasion", the: "la boutique d'occasion" },
  },
  customers: "acheteurs",
  offer: "articles d'occasion de qualité",
  team: "Équipe achats et service client",
  overview:
    "Les acheteurs d'occasion veulent un bon prix sans risque : état, garantie, retours et avis décident, et les places de marché fixent le prix de comparaison.",
  segments: [
    {
      name: "Les acheteurs attentifs au prix",
      description: "Des acheteurs qui veulent des {offer} moins chers que le neuf, sans le risque d'un particulier",
      needs: ["Un état et une garantie clairs", "Des retours faciles"],
    },
    generic.segments[1],
    generic.segments[2],
  ],
  personas: [
    {
      name: "Thomas, l'acheteur prudent",
      summary: "Compare les {offer} au prix du neuf et aux places de marché, et achète là où le risque paraît le plus faible.",
      demographics: "18-45 ans, achète en ligne, lit les avis",
      goals: ["Un bon article bien moins cher que neuf"],
      painPoints: ["Les annonces floues sur l'état ou sans retour"],
      objections: ["Et s'il tombe en panne au bout d'un mois ?"],
      quote: "Avec une garantie et de vrais avis, je préfère le reconditionné.",
    },
    {
      name: "Maya, convertie à la seconde main",
      summary:
        "Achète d'occasion parce qu'elle préfère ne pas acheter neuf, et s'intéresse aux réparations, à la provenance et à l'emballage.",
      demographics: "22-40 ans, sensible à l'écologie, achète en ligne et en brocante",
      goals: ["De bons objets qui durent, sans gaspillage", "Connaître l'état et l'histoire de l'objet"],
      painPoints: ["Des annonces vagues et des photos floues", "Des retours compliqués"],
      objections: ["Comment notez-vous l'état ?"],
      quote: "Si on m'avoue les rayures, je fais confiance pour le reste.",
    },
  ],
  positioning: {
    need: "veulent des {offer} à bon prix sans risque",
    benefit: "contrôle, classe et garantit chaque article",
    reason: "chaque article est testé et vendu avec garantie et retour facile",
    promise: "Comme neuf, moins cher, et garanti.",
  },
} satisfies IndustryCopy;
