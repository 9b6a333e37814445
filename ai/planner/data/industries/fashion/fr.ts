import type { IndustryCopy } from "../../../i18n/types";
import { fr as generic } from "../generic/fr";

/** Words specific to this industry; the rest reads from the owner's own offer through the general copy. */
export const fr = {
  ...generic,
  label: "mode",
  kinds: { brand: { noun: "marque de vêtements", a: "une marque de vêtements", the: "la marque de vêtements" } },
  customers: "clients",
  offer: "vêtements",
  team: "Équipe création et service client",
  overview:
    "Les petites marques de mode grandissent grâce à un style reconnaissable, des créateurs et des clients qui portent les pièces sur les réseaux, et une liste e-mail qui fait de chaque sortie un événement.",
  segments: [
    {
      name: "Ceux qui aiment le style de la marque",
      description: "Des clients qui veulent des {offer} au style et aux valeurs qu'ils reconnaissent",
      needs: ["Une taille et une qualité fiables en ligne", "Une histoire et des valeurs partagées"],
    },
    generic.segments[1],
    generic.segments[2],
  ],
  personas: [
    {
      name: "Inès, l'acheteuse attentive au style",
      summary: "Découvre des marques sur Instagram et TikTok et achète quand les avis sur la taille sont bons.",
      demographics: "20-38 ans, achète en ligne",
      goals: ["Des vêtements qui lui ressemblent"],
      painPoints: ["Les tailles aléatoires"],
      objections: ["Est-ce que ça m'ira comme sur la photo ?"],
      quote: "J'ai acheté après l'avoir vu sur quelqu'un de ma taille.",
    },
    {
      name: "Martine, qui achète pour offrir",
      summary:
        "Achète des vêtements à offrir plusieurs fois par an et veut un guide des tailles clair, un emballage cadeau et des retours simples.",
      demographics: "40-65 ans, achète en ligne le soir pour son conjoint, ses enfants ou ses amies",
      goals: ["Un cadeau qui tombe bien et fait plaisir", "Une livraison à temps pour la date"],
      painPoints: ["Deviner la taille de quelqu'un d'autre", "Des retours payants ou interminables"],
      objections: ["Et si la taille ne va pas ?"],
      quote: "Si l'échange est gratuit, je commande sans hésiter.",
    },
  ],
  positioning: {
    need: "veulent des {offer} qui leur ressemblent",
    benefit: "crée de petites séries avec de vrais détails de taille",
    reason: "chaque pièce est montrée portée, avec ses mesures",
    promise: "Des vêtements à votre style et à votre taille.",
  },
} satisfies IndustryCopy;
