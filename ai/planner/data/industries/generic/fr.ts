import type { IndustryCopy } from "../../../i18n/types";

export const fr = {
  label: "petite entreprise",
  kinds: { business: { noun: "entreprise", a: "une entreprise", the: "l'entreprise" } },
  customers: "clients",
  offer: "des produits et services",
  team: "Équipe au contact des clients",
  b2bAngle: "les commandes régulières d'entreprises locales",
  overview:
    "Les petites entreprises {inRegion} se disputent l'attention avec des acteurs plus grands qui dépensent davantage. Celles qui grandissent sont faciles à trouver, disent clairement ce qu'elles proposent et pour qui, et transforment leurs clients satisfaits en avis et en recommandations.",
  trends: [
    "Les clients se renseignent en ligne, comparent les avis et attendent une réponse rapide avant d'acheter",
    "La vidéo courte et les coulisses authentiques fonctionnent mieux que les publicités léchées",
    "Fidéliser et se faire recommander coûte moins cher que conquérir de nouveaux clients",
  ],
  competitors: [
    {
      name: "Concurrents plus grands et établis",
      strengths: "Notoriété, budgets plus importants et plus de portée",
      weaknesses: "Moins personnels et plus lents à s'adapter",
      edge: "{name} offre un service personnel, de la souplesse et une vraie spécialité",
    },
    {
      name: "Alternatives en ligne",
      strengths: "Pratiques et souvent moins chères",
      weaknesses: "Génériques, avec peu de conseils ou de suivi",
      edge: "Une expertise et une relation que les clients ne trouvent pas en ligne",
    },
    {
      name: "Ne rien faire ou faire soi-même",
      strengths: "Aucun coût immédiat",
      weaknesses: "Le problème demeure ou coûte plus cher plus tard",
      edge: "Un premier pas clair et abordable qui montre vite la valeur",
    },
  ],
  swot: {
    strengths: [
      "Un service personnel du dirigeant et de l'équipe",
      "La souplesse de s'adapter plus vite que les grands concurrents",
    ],
    weaknesses: ["Peu de notoriété au-delà des clients actuels", "Un petit budget marketing et peu de temps"],
    opportunities: [
      "Les avis et recommandations de clients satisfaits",
      "Des partenariats avec des commerces locaux complémentaires",
      "La recherche en ligne de personnes qui cherchent déjà : {offer}",
    ],
    threats: ["Des concurrents plus grands aux budgets plus importants", "La hausse des coûts qui rogne les marges"],
  },
  segments: [
    {
      name: "Les personnes qui cherchent {offer}",
      description: "Des personnes qui cherchent activement {offer} et comparent quelques options",
      needs: ["Une réponse et un prix rapides et clairs", "La preuve que {name} est fiable"],
    },
    {
      name: "Les clients actuels et anciens",
      description: "Des personnes qui connaissent déjà {name} et pourraient racheter ou recommander",
      needs: ["Une raison de revenir", "Des façons simples de recommander"],
    },
    {
      name: "Les entreprises et partenaires locaux",
      description: "Des organisations qui pourraient acheter régulièrement ou envoyer leurs propres clients",
      needs: ["Fiabilité et conditions claires", "Un bénéfice mutuel"],
    },
  ],
  personas: [
    {
      name: "Anna, la chercheuse active",
      summary: "A besoin de {offer}, cherche en ligne et contacte les deux ou trois options qui lui semblent les plus fiables.",
      demographics: "30-55 ans, habite le secteur, cherche sur son téléphone",
      goals: ["Trouver vite un prestataire fiable", "En avoir pour son argent"],
      painPoints: ["Des réponses lentes ou absentes", "Des prix flous"],
      objections: ["Elle n'a jamais entendu parler de {name}", "Des options moins chères ailleurs"],
      quote: "Si les avis sont bons et qu'ils répondent vite, je leur donnerai leur chance.",
    },
    {
      name: "Georges, le client fidèle",
      summary: "A déjà acheté, a été satisfait et reviendrait ou recommanderait si on le lui rappelait.",
      demographics: "35-65 ans, client actuel",
      goals: ["Traiter avec des gens qu'il connaît et en qui il a confiance", "Ne pas avoir à chercher de nouveau"],
      painPoints: ["Oublier de reprendre rendez-vous ou de recommander", "Se sentir considéré comme acquis"],
      objections: ["Il n'y pense pas en ce moment"],
      quote: "Je les recommanderais, mais personne ne me l'a jamais demandé.",
    },
  ],
  positioning: {
    need: "veulent {offer} auprès de quelqu'un de confiance",
    benefit: "rend l'achat simple, personnel et fiable",
    reason: "elle est tenue par des gens qui tiennent à chaque client et répondent vite",
    promise: "Un service personnel sur lequel compter, par des gens qui répondent vite.",
  },
  messages: [
    "Service personnel, réponses rapides",
    "Des clients {inRegion} nous font confiance : lisez les avis",
    "Contactez-nous dès aujourd'hui",
  ],
  mix: {
    product: "{offer}, expliqués clairement, avec une offre phare que l'on peut recommander.",
    price: "Des prix clairs et affichés, ou des prix « à partir de » ; des formules plutôt que des remises.",
    place: "Au service des clients {inRegion}, avec contact et réservation en ligne.",
    people: "Une équipe qui répond vite et connaît les clients par leur nom.",
    process: "Réponse sous un jour ouvré, étapes suivantes claires et suivi après chaque achat.",
    physicalEvidence: "Avis, photos de vraies réalisations, et un site et une fiche Google soignés.",
  },
  risks: [
    {
      risk: "L'offre n'est pas claire et les visiteurs repartent sans prendre contact",
      mitigation: "Tester l'accroche et l'offre auprès de cinq clients avant d'investir en publicité",
      contingency: "Réécrire la page d'accueil et la fiche autour de la question que posent le plus les clients",
    },
    {
      risk: "La demande arrive par pics que l'équipe ne peut pas absorber",
      mitigation: "Mettre en place un système simple de réservation ou de demande avec réponses automatiques",
      contingency: "Suspendre la promotion pendant les pics et tenir une liste d'attente",
    },
  ],
  topics: [
    "Rencontrez les personnes derrière {name}",
    "Notre façon de travailler : à quoi vous attendre avec {name}",
    "Histoire client : un problème que nous avons résolu",
    "L'offre du mois et comment en profiter",
    "Un mot de remerciement et un conseil pour les clients actuels",
    "Avis à l'honneur et invitation à nous recommander",
  ],
  questions: [
    "Qu'achètent le plus souvent vos clients, et combien cela vaut-il en moyenne ?",
    "D'où viennent aujourd'hui vos meilleurs clients ?",
  ],
} satisfies IndustryCopy;
