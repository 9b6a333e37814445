import type { IndustryCopy } from "../../../i18n/types";
import { fr as generic } from "../generic/fr";

/** Words specific to this industry; the rest reads from the owner's own offer through the general copy. */
export const fr = {
  ...generic,
  label: "producteur de boissons",
  kinds: {
    brewery: { noun: "brasserie artisanale", a: "une brasserie artisanale", the: "la brasserie artisanale" },
    winery: { noun: "domaine", a: "un domaine", the: "le domaine" },
  },
  customers: "amateurs et professionnels",
  offer: "boissons artisanales",
  team: "Producteurs et équipe d'accueil",
  overview:
    "Les petits producteurs vendent de trois façons : sur place, en ligne et via cavistes, bars et restaurants ; visites, dégustations et une histoire qu'on raconte nourrissent les trois.",
  segments: [
    {
      name: "Amateurs et visiteurs",
      description: "Des amateurs {inRegion} qui cherchent des {offer} produites près de chez eux et aiment visiter et déguster",
      needs: ["Quelque chose de nouveau à goûter", "Une visite qui vaut le détour"],
    },
    generic.segments[1],
    generic.segments[2],
  ],
  personas: [
    {
      name: "Antoine, l'amateur local",
      summary: "Goûte chaque nouveauté, vient le samedi et amène des amis.",
      demographics: "28-55 ans, habite {inRegion}",
      goals: ["Découvrir avant ses amis"],
      painPoints: ["Les cavistes qui n'ont jamais la nouveauté"],
      objections: ["Où l'acheter près de chez moi ?"],
      quote: "J'y vais parce qu'il y a toujours du nouveau.",
    },
    {
      name: "Léa, acheteuse pour bars et cavistes",
      summary:
        "Achète pour deux bars et une cave, et référence une maison quand l'histoire se vend et que l'approvisionnement suit.",
      demographics: "30-50 ans, gérante ou acheteuse d'un bar, d'un restaurant ou d'une cave indépendante",
      goals: ["Des références que les clients demandent par leur nom", "Un approvisionnement régulier et des conditions justes"],
      painPoints: ["Des maisons en rupture en pleine saison", "Aucune aide pour faire vendre le produit"],
      objections: ["Viendrez-vous faire une dégustation avec mon équipe ?"],
      quote: "Si mon équipe sait raconter l'histoire, la bouteille part toute seule.",
    },
  ],
  positioning: {
    need: "cherchent des {offer} produites près de chez eux",
    benefit: "produit de petits lots qu'on visite, qu'on goûte et dont on parle",
    reason: "chaque cuvée est produite sur place et servie par ceux qui l'ont faite",
    promise: "Produit ici, meilleur dégusté ici.",
  },
} satisfies IndustryCopy;
