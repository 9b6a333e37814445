import type { IndustryCopy } from "../../../i18n/types";

export const fr = {
  label: "associatif et non lucratif",
  kinds: { charity: { noun: "association", a: "une association", the: "l'association" } },
  customers: "donateurs et bénévoles",
  offer: "des actions de terrain",
  team: "Bénévoles et salariés",
  b2bAngle: "les partenariats d'entreprise et le mécénat salarié",
  overview:
    "Les associations se disputent l'attention et la confiance autant que l'argent. On donne à des causes que l'on comprend et dont on voit les progrès ; l'essentiel des dons vient d'un petit noyau de donateurs fidèles, donc les garder compte autant qu'en recruter.",
  trends: [
    "Le don mensuel progresse tandis que les dons ponctuels suivent l'économie",
    "Les soutiens veulent voir l'impact : histoires, chiffres et nouvelles",
    "Les collectes entre particuliers et les défis sur les réseaux attirent des donateurs plus jeunes",
  ],
  competitors: [
    {
      name: "Grandes associations nationales",
      strengths: "Notoriété, grandes campagnes et collecte professionnelle",
      weaknesses: "Les donateurs se sentent loin de l'impact",
      edge: "{name} montre précisément où va chaque don, tout près de chez soi",
    },
    {
      name: "Autres causes locales",
      strengths: "Ancrage local et réseaux personnels",
      weaknesses: "Portée limitée et communication irrégulière",
      edge: "Des nouvelles régulières et honnêtes, et des façons simples d'aider",
    },
    {
      name: "Donner son temps ou son argent ailleurs",
      strengths: "Chacun a plusieurs causes et un budget limité",
      weaknesses: "Les dons dispersés ont rarement l'air de compter",
      edge: "Une raison claire et concrète de donner ici, et la preuve que cela compte",
    },
  ],
  swot: {
    strengths: ["Une mission claire qui touche les gens", "Des bénévoles et bénéficiaires aux histoires fortes"],
    weaknesses: [
      "Une petite équipe avec peu de temps pour communiquer",
      "Une dépendance à quelques grands donateurs ou subventions",
    ],
    opportunities: [
      "Un programme de don mensuel pour des revenus prévisibles",
      "Des partenariats d'entreprise et le bénévolat de compétences",
      "Des outils gratuits comme Google Ad Grants et les remises associatives",
    ],
    threats: ["La lassitude des donateurs et la pression économique sur les dons", "La concurrence pour les subventions"],
  },
  segments: [
    {
      name: "Les soutiens locaux engagés",
      description: "Des personnes qui connaissent déjà la cause, sont bénévoles ou donnent de temps en temps",
      needs: ["Voir l'impact de leur soutien", "Des façons simples de donner régulièrement"],
    },
    {
      name: "Les nouveaux donateurs touchés par les histoires",
      description: "Des personnes sensibles à la cause qui ne connaissent pas encore {name}",
      needs: ["Une raison claire et émouvante d'agir", "Un premier pas simple"],
    },
    {
      name: "Les entreprises et fondations",
      description: "Des entreprises et financeurs qui cherchent des partenaires crédibles",
      needs: ["Des résultats mesurables et des rapports", "De la visibilité et l'implication de leurs salariés"],
    },
  ],
  personas: [
    {
      name: "Ruth, la fidèle",
      summary: "Donne plusieurs fois par an, partage les publications et donnerait chaque mois si on le lui demandait bien.",
      demographics: "45-70 ans, habitante du secteur, active dans la vie locale",
      goals: ["Faire une vraie différence près de chez elle", "Savoir que son argent est bien utilisé"],
      painPoints: ["Ne pas savoir ce qu'est devenu son don", "Se sentir mise sous pression"],
      objections: ["Elle soutient déjà plusieurs causes", "Elle s'inquiète des frais de fonctionnement"],
      quote: "Montrez-moi ce qu'a permis mon don, et je continuerai à donner.",
    },
    {
      name: "Léo, le jeune engagé",
      summary: "Tient à la cause, a peu d'argent mais un grand réseau, et adore les défis.",
      demographics: "20-35 ans, étudiant ou jeune actif, actif sur les réseaux",
      goals: ["Agir sur les sujets qui lui tiennent à cœur", "Embarquer ses amis"],
      painPoints: ["Des causes qui paraissent vieillottes ou lointaines", "Des inscriptions compliquées"],
      objections: ["Je ne peux pas donner beaucoup", "Pas sûr que ça change quelque chose"],
      quote: "Je ne peux pas donner beaucoup, mais je peux entraîner vingt amis.",
    },
  ],
  positioning: {
    need: "veulent que leur soutien fasse une différence visible",
    benefit: "transforme chaque don et chaque heure en impact visible",
    reason: "elle rend compte ouvertement de ce que permet chaque don",
    promise: "Chaque don fait une différence visible, et nous vous montrons laquelle.",
  },
  messages: [
    "Voyez exactement ce que permet votre don",
    "Rejoignez celles et ceux qui font avancer la cause",
    "Donnez chaque mois : une aide régulière pour les personnes accompagnées",
  ],
  mix: {
    product: "{offer}, présentées comme des projets concrets aux résultats tangibles que les soutiens peuvent financer.",
    price:
      "Montants suggérés reliés à des résultats ; le don mensuel comme demande principale ; niveaux de partenariat pour les entreprises.",
    place: "Page de don en ligne, événements {inRegion}, locaux et réseaux des partenaires.",
    people: "Salariés et bénévoles qui remercient personnellement et partagent des histoires du terrain.",
    process: "Don en un clic, remerciement sous 48 heures et nouvelles de l'impact sous trois mois.",
    physicalEvidence: "Rapports d'impact, photos et témoignages avec accord, comptes transparents et logos des partenaires.",
  },
  risks: [
    {
      risk: "Une grosse subvention ou un grand donateur s'arrête et les ressources chutent",
      mitigation: "Développer les donateurs mensuels et diversifier les financeurs",
      contingency: "Lancer un appel urgent aux soutiens les plus engagés avec un objectif clair",
    },
    {
      risk: "Bénévoles et salariés manquent de temps pour communiquer",
      mitigation: "Planifier les contenus chaque mois et recruter un bénévole pour la communication",
      contingency: "Se limiter aux nouvelles par e-mail et à la demande de don mensuel",
    },
  ],
  topics: [
    "Une histoire des personnes accompagnées par {name} (avec leur accord)",
    "Pourquoi cette cause compte {inRegion}, en chiffres",
    "Où va votre don : le détail",
    "Appel : aidez-nous à atteindre l'objectif du mois",
    "Nouvelles de l'impact et merci aux soutiens",
    "Portrait de bénévole et invitation à nous rejoindre",
  ],
  questions: [
    "Combien de donateurs actifs avez-vous, et combien donnent chaque mois ?",
    "Quels programmes ont le plus besoin de financement, et que permet un don de chaque montant ?",
  ],
} satisfies IndustryCopy;
