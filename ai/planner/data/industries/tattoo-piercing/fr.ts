import type { IndustryCopy } from "../../../i18n/types";
import { fr as generic } from "../generic/fr";

/** Words specific to this industry; the rest reads from the owner's own offer through the general copy. */
export const fr = {
  ...generic,
  label: "tatouage et piercing",
  kinds: {
    tattoo: { noun: "salon de tatouage", a: "un salon de tatouage", the: "le salon de tatouage" },
    piercing: { noun: "studio de piercing", a: "un studio de piercing", the: "le studio de piercing" },
  },
  customers: "clients",
  offer: "tatouages sur mesure",
  team: "Artistes",
  overview:
    "On choisit son tatoueur sur son portfolio : Instagram, avis et bouche-à-oreille décident des réservations ; les pièces sur mesure se réservent des semaines à l'avance.",
  segments: [
    {
      name: "Les personnes qui préparent une pièce sur mesure",
      description: "Des clients {inRegion} qui veulent des {offer} dessinés pour eux",
      needs: ["Un portfolio dans leur style", "Un rendez-vous, un acompte et un prix clairs"],
    },
    generic.segments[1],
    generic.segments[2],
  ],
  personas: [
    {
      name: "Léa, première pièce sur mesure",
      summary: "Rassemble des idées depuis des mois et cherche un artiste dont le style lui correspond avant de réserver.",
      demographics: "22-40 ans, habite {inRegion}, suit des artistes sur Instagram",
      goals: ["Une pièce qu'elle aimera toute sa vie"],
      painPoints: ["Les salons intimidants ou pressés"],
      objections: ["Cet artiste correspond-il à mon style ?"],
      quote: "J'ai réservé parce que le portfolio ressemblait exactement à mon idée.",
    },
    {
      name: "Léo, le collectionneur qui complète sa manchette",
      summary:
        "A déjà plusieurs pièces, suit des artistes plutôt que des salons et réserve des mois à l'avance quand son artiste ouvre ses réservations.",
      demographics: "25-45 ans, très tatoué, se déplace pour le bon artiste",
      goals: ["Une pièce qui s'accorde avec les précédentes", "Un artiste dont il aime le style"],
      painPoints: ["Des agendas qui ouvrent et se remplissent en une journée", "Des salons qui ne disent pas qui est disponible"],
      objections: ["L'artiste fait-il des recouvrements ou reprend-il le travail d'un autre ?"],
      quote: "Je suis l'artiste, pas le salon : prévenez-moi quand l'agenda ouvre.",
    },
  ],
  positioning: {
    need: "veulent des {offer} dont ils seront fiers",
    benefit: "dessine chaque pièce avec le client, dans un salon accueillant",
    reason: "chaque artiste montre son portfolio et prend le temps du rendez-vous",
    promise: "Des pièces que vous porterez avec fierté, par des artistes à l'écoute.",
  },
} satisfies IndustryCopy;
