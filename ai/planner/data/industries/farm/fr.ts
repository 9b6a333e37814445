import type { IndustryCopy } from "../../../i18n/types";
import { fr as generic } from "../generic/fr";

/** Words specific to this industry; the rest reads from the owner's own offer through the general copy. */
export const fr = {
  ...generic,
  label: "ferme et vente directe",
  kinds: { farm: { noun: "ferme", a: "une ferme", the: "la ferme" } },
  customers: "foyers",
  offer: "produits locaux",
  team: "Équipe de la ferme",
  overview:
    "Les fermes en vente directe gagnent sur la fraîcheur, l'origine et la relation : paniers, vente à la ferme, marchés et lettre de saison fidélisent.",
  segments: [
    {
      name: "Les foyers du secteur",
      description: "Des foyers {inRegion} qui veulent des {offer} dont ils connaissent l'origine, chaque semaine",
      needs: ["La fraîcheur et l'origine", "Une commande ou un retrait simples"],
    },
    generic.segments[1],
    generic.segments[2],
  ],
  personas: [
    {
      name: "Anne, les courses de la semaine",
      summary: "Préfère acheter à la ferme si la commande est simple.",
      demographics: "30-60 ans, cuisine à la maison, habite {inRegion}",
      goals: ["Des produits frais et de saison"],
      painPoints: ["Les paniers pleins de choses inutilisées"],
      objections: ["Est-ce que ça vaut le prix ?"],
      quote: "Je connais le producteur et les légumes tiennent deux fois plus.",
    },
    {
      name: "Benoît, le chef qui achète en direct",
      summary:
        "Tient une cuisine qui cite ses producteurs sur la carte et veut des produits cueillis à la commande, livrés deux fois par semaine.",
      demographics: "30-55 ans, chef ou patron d'un restaurant indépendant {inRegion}",
      goals: ["Des produits qui ont le goût de la saison", "Un producteur qui le prévient de ce qui arrive"],
      painPoints: ["Des livraisons incomplètes un vendredi de rush", "Des grossistes incapables de dire d'où vient le produit"],
      objections: ["Pouvez-vous livrer le même volume chaque semaine ?"],
      quote: "Dites-moi le lundi ce qui est bon cette semaine et j'écris la carte autour.",
    },
  ],
  positioning: {
    need: "veulent des {offer} à l'origine connue",
    benefit: "cultive, récolte et livre en quelques jours",
    reason: "chaque panier dit ce qui a été récolté et où",
    promise: "Du champ à votre cuisine cette semaine.",
  },
} satisfies IndustryCopy;
