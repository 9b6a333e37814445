import type { IndustryCopy } from "../../../i18n/types";
import { fr as generic } from "../generic/fr";

/** Words specific to this industry; the rest reads from the owner's own offer through the general copy. */
export const fr = {
  ...generic,
  label: "services pour animaux",
  kinds: {
    grooming: { noun: "salon de toilettage", a: "un salon de toilettage", the: "le salon de toilettage" },
    care: { noun: "service de garde d'animaux", a: "un service de garde d'animaux", the: "le service de garde d'animaux" },
  },
  customers: "propriétaires d'animaux",
  offer: "soins pour animaux",
  team: "Toiletteurs et gardiens",
  overview:
    "Les propriétaires d'animaux {inRegion} dépensent chaque année davantage et choisissent la personne en qui leur animal a confiance : avis, photos et réservation simple font la différence.",
  segments: [
    {
      name: "Propriétaires d'animaux du quartier",
      description: "Propriétaires {inRegion} qui cherchent des {offer} de confiance pour un animal anxieux ou très choyé",
      needs: ["Une prise en charge calme et sûre", "Une réservation et des rappels simples"],
    },
    generic.segments[1],
    generic.segments[2],
  ],
  personas: [
    {
      name: "Claire, la propriétaire attentionnée",
      summary: "Considère son chien comme un membre de la famille et ne confie ses {offer} qu'à une personne de confiance.",
      demographics: "28-55 ans, un ou deux animaux, habite {inRegion}",
      goals: ["Un animal heureux et bien soigné"],
      painPoints: ["Les prestataires pressés"],
      objections: ["Puis-je confier mon chien à quelqu'un de nouveau ?"],
      quote: "S'il revient content et fatigué, je réserve tous les mois.",
    },
    {
      name: "Hugo, qui vient d'adopter un chiot",
      summary:
        "A ramené un chiot le mois dernier et cherche de l'aide pour l'éducation, la sociabilisation et les jours où il travaille.",
      demographics: "25-40 ans, premier chien, travaille au bureau ou en horaires décalés",
      goals: ["Un chien équilibré et confiant", "Quelqu'un de fiable les longues journées"],
      painPoints: ["Ne pas savoir à qui confier un jeune chien", "Des annulations de dernière minute"],
      objections: ["Mon chiot est-il assez âgé et vacciné pour commencer ?"],
      quote: "Je veux juste qu'on me dise honnêtement comment il progresse.",
    },
  ],
  positioning: {
    need: "veulent des {offer} avec lesquels leur animal reste serein",
    benefit: "traite chaque animal individuellement, avec photos et nouvelles",
    reason: "les mêmes personnes s'occupent toujours du même animal",
    promise: "Des soins que votre animal attend avec plaisir.",
  },
} satisfies IndustryCopy;
