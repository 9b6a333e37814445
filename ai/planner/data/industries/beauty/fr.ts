import type { IndustryCopy } from "../../../i18n/types";

export const fr = {
  label: "beauté",
  kinds: {
    salon: { noun: "salon de coiffure et de beauté", a: "un salon de coiffure et de beauté", the: "le salon" },
    spa: { noun: "institut et spa", a: "un institut de beauté", the: "l'institut" },
    cosmetics: { noun: "marque de cosmétiques", a: "une marque de cosmétiques", the: "la marque de cosmétiques" },
  },
  customers: "clientes et clients",
  offer: "des soins de beauté",
  team: "Coiffeurs et esthéticiennes",
  b2bAngle: "les journées bien-être et chèques-cadeaux pour les entreprises",
  overview:
    "La beauté est visuelle et repose sur la confiance : on découvre {kindA} sur Instagram, TikTok et les avis Google, on réserve en ligne, et l'on reste fidèle à une personne plus qu'à une marque. Les reprises de rendez-vous et les recommandations font la rentabilité.",
  trends: [
    "La clientèle découvre et juge soins et produits via des vidéos courtes et des photos avant/après",
    "La réservation en ligne et les rappels vont de soi, avec acompte pour limiter les absences",
    "La demande de beauté naturelle, clean et personnalisée continue de croître",
  ],
  competitors: [
    {
      name: "Chaînes de salons et marques grand public",
      strengths: "Emplacements pratiques, promotions et notoriété",
      weaknesses: "Service pressé, résultats standardisés, peu de conseil personnel",
      edge: "{name} offre une attention personnelle, un conseil expert et des résultats qu'on a envie de photographier",
    },
    {
      name: "Indépendants spécialisés et marques indé",
      strengths: "Communautés fidèles et style affirmé",
      weaknesses: "Disponibilités limitées, réservations ou expéditions irrégulières",
      edge: "Une expérience professionnelle de la réservation au suivi, avec une qualité constante",
    },
    {
      name: "Soins maison et produits de grande surface",
      strengths: "Bon marché et pratiques",
      weaknesses: "Résultats inégaux et aucun conseil",
      edge: "Des résultats d'expert et des conseils qu'un produit seul ne donne pas",
    },
  ],
  swot: {
    strengths: [
      "Une équipe qualifiée qui connaît personnellement sa clientèle",
      "Des résultats très visuels qui se vendent seuls sur les réseaux",
    ],
    weaknesses: [
      "Capacité limitée par le temps de chaque professionnel",
      "Un chiffre d'affaires qui dépend de quelques personnes clés",
    ],
    opportunities: [
      "Forfaits, abonnements et cartes cadeaux qui augmentent le panier et la fidélité",
      "Vente de produits et de soins d'entretien qui ajoutent du chiffre par visite",
      "Réservations mariage, événements et entreprises",
    ],
    threats: ["Concurrents à bas prix et plateformes de promotions", "Départ d'une personne clé qui emmène sa clientèle"],
  },
  segments: [
    {
      name: "La clientèle d'entretien régulière",
      description: "Des personnes qui reviennent toutes les quelques semaines et tiennent à leur spécialiste de confiance",
      needs: ["Des résultats constants avec la même personne", "Reprendre rendez-vous facilement"],
    },
    {
      name: "La clientèle des grandes occasions",
      description: "Des personnes qui préparent un mariage, un événement ou des vacances",
      needs: ["Être sûres du résultat", "Une disponibilité à une date précise"],
    },
    {
      name: "Les adeptes du soin de soi et les offreurs de cadeaux",
      description: "Des personnes qui se font plaisir ou offrent bons et produits",
      needs: ["Une expérience haut de gamme et relaxante", "Des cartes cadeaux et coffrets faciles"],
    },
  ],
  personas: [
    {
      name: "Sophie, la cliente fidèle",
      summary: "Reprend rendez-vous toutes les cinq semaines et suit sa coiffeuse ou son esthéticienne sur Instagram.",
      demographics: "28-50 ans, active, vit ou travaille à proximité",
      goals: ["Être au mieux sans effort", "Une spécialiste qui connaît ses préférences"],
      painPoints: ["Les annulations de dernière minute", "Devoir réexpliquer à chaque fois ce qu'elle veut"],
      objections: ["Son adresse actuelle lui convient", "Les hausses de prix"],
      quote: "Quand je trouve quelqu'un qui comprend, je ne vais plus ailleurs.",
    },
    {
      name: "Nina, celle qui prépare un grand jour",
      summary: "A un mariage ou un événement et examine avis et photos avec soin avant de réserver.",
      demographics: "25-40 ans, prépare un événement, cherche en ligne",
      goals: ["Être parfaite sur les photos", "Ne prendre aucun risque le jour J"],
      painPoints: ["Ne pas savoir si le résultat ressemblera aux photos", "Des agendas complets"],
      objections: ["Puis-je voir de vrais résultats avant ?", "Un essai est-il possible ?"],
      quote: "Montrez-moi de vrais résultats et de vrais avis, et je réserve l'essai aujourd'hui.",
    },
  ],
  positioning: {
    need: "veulent des résultats qu'ils adorent, avec quelqu'un qui écoute",
    benefit: "propose {offer} avec un conseil expert et des résultats dignes d'une photo",
    reason: "chaque client est suivi par une spécialiste qui connaît ses préférences",
    promise: "Des résultats que vous adorez, par des spécialistes qui se souviennent exactement de vos goûts.",
  },
  messages: [
    "Des résultats que vous aurez envie de photographier",
    "Des spécialistes qui écoutent et se souviennent",
    "Réservez en ligne en 30 secondes",
  ],
  mix: {
    product: "{offer}, avec des soins ou produits signature, des forfaits et des soins d'entretien qui prolongent le résultat.",
    price:
      "Haut de gamme, selon le niveau de la spécialiste ; forfaits et abonnements plutôt que remises ; acompte sur les créneaux les plus demandés.",
    place:
      "Le salon ou l'institut {inRegion} avec réservation en ligne, plus une boutique en ligne pour les produits et les cartes cadeaux.",
    people: "Des spécialistes au profil et portfolio visibles ; un accueil qui confirme, rappelle et reprogramme.",
    process:
      "Réservation en ligne avec acompte, diagnostic avant chaque nouveau soin, prochain rendez-vous pris avant de partir et suivi après le soin.",
    physicalEvidence:
      "Un intérieur soigné, un portfolio avant/après, un fil Instagram cohérent et des avis qui citent la spécialiste.",
  },
  risks: [
    {
      risk: "Absences et annulations de dernière minute gâchent les meilleurs créneaux",
      mitigation: "Prendre un acompte et envoyer des rappels 48 et 24 heures avant",
      contingency: "Tenir une liste d'attente et combler les trous avec une offre de dernière minute aux abonnés",
    },
    {
      risk: "Une personne clé de l'équipe part avec une partie de la clientèle",
      mitigation: "Construire la marque {name} en plus des profils individuels et centraliser les fiches clients",
      contingency: "Contacter personnellement la clientèle concernée et lui présenter une collègue de confiance",
    },
  ],
  topics: [
    "Avant/après : le résultat coup de cœur de la semaine",
    "Rencontrez la spécialiste : ce qu'elle préfère faire",
    "Comment choisir le soin qui vous convient",
    "Créneaux de dernière minute et comment réserver",
    "Conseils d'entretien pour faire durer le résultat",
    "Avis client à l'honneur et récompense de parrainage",
  ],
  questions: [
    "Quels sont aujourd'hui votre panier moyen et votre taux de reprise de rendez-vous ?",
    "Quels soins ou produits ont la meilleure marge et le plus de disponibilités ?",
  ],
} satisfies IndustryCopy;
