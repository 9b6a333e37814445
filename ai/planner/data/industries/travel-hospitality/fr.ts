import type { IndustryCopy } from "../../../i18n/types";

export const fr = {
  label: "tourisme et hôtellerie",
  kinds: {
    hotel: { noun: "hôtel", a: "un hôtel", the: "l'hôtel" },
    bnb: { noun: "maison d'hôtes", a: "une maison d'hôtes", the: "la maison d'hôtes" },
    tours: {
      noun: "organisateur de visites et d'excursions",
      a: "un organisateur de visites et d'excursions",
      the: "l'organisateur",
    },
  },
  customers: "voyageurs",
  offer: "des séjours et des expériences",
  team: "Équipe d'accueil",
  b2bAngle: "les séjours d'affaires, séminaires et réservations de groupe",
  overview:
    "Les voyageurs préparent leur séjour sur les plateformes de réservation, les sites d'avis, Google Maps et Instagram. Les plateformes apportent du volume mais prennent 15 à 25 % de commission : les indépendants {inRegion} gagnent en transformant ces clients en réservations directes, en retours et en recommandations.",
  trends: [
    "Les voyageurs réservent via les plateformes mais consultent avis, photos et site officiel avant de décider",
    "La demande d'expériences authentiques et locales progresse face aux offres standardisées",
    "Des réservations plus tardives et plus de dernière minute",
  ],
  competitors: [
    {
      name: "Hébergements comparables du secteur",
      strengths: "Emplacement et prix proches, avis bien installés",
      weaknesses: "Expérience générique et réponses lentes",
      edge: "{name} offre un accueil personnel, des conseils locaux et un séjour dont on parle",
    },
    {
      name: "Chaînes et grands opérateurs",
      strengths: "Programmes de fidélité, confiance et gros budgets marketing",
      weaknesses: "Expérience standardisée et impersonnelle",
      edge: "Du caractère, une connaissance locale et une souplesse qu'une chaîne ne peut pas offrir",
    },
    {
      name: "Autres destinations ou rester chez soi",
      strengths: "Souvent moins cher ou plus simple",
      weaknesses: "Moins marquant, rien à raconter",
      edge: "Une raison de venir : des expériences de saison et des offres qui n'existent qu'ici",
    },
  ],
  swot: {
    strengths: ["Un emplacement et un caractère uniques", "Un accueil personnel qui vaut d'excellents avis"],
    weaknesses: ["Forte dépendance aux commissions des plateformes", "Saisonnalité marquée"],
    opportunities: [
      "Avantages à la réservation directe pour sortir les fidèles des plateformes",
      "Offres combinées avec des partenaires locaux (restaurants, activités, événements)",
      "Offres d'arrière-saison pour télétravailleurs, groupes et séminaires",
    ],
    threats: [
      "Changements de classement et de commission des plateformes",
      "Aléas extérieurs (météo, perturbations des transports)",
    ],
  },
  segments: [
    {
      name: "Les voyageurs loisirs et les couples",
      description: "Des personnes qui préparent une escapade ou des vacances et comparent sur les plateformes",
      needs: ["De belles photos et des avis fiables", "Un séjour simple et mémorable"],
    },
    {
      name: "Les familles et les groupes",
      description: "Des groupes qui ont besoin d'espace, de souplesse et d'activités",
      needs: ["Des informations claires sur les chambres et équipements", "Des offres qui simplifient l'organisation"],
    },
    {
      name: "Les voyageurs d'affaires et télétravailleurs",
      description: "Des clients qui voyagent pour le travail ou télétravaillent, souvent en semaine",
      needs: ["Un Wi-Fi rapide et un endroit calme pour travailler", "Une facturation simple"],
    },
  ],
  personas: [
    {
      name: "Chloé et Ben, le couple des week-ends",
      summary: "Partent deux ou trois fois par an en escapade et cherchent des idées sur Instagram et dans les avis.",
      demographics: "28-45 ans, couple citadin, réserve 2 à 6 semaines à l'avance",
      goals: ["Une adresse spéciale qui vaut le voyage", "Une organisation simple avec de bons conseils locaux"],
      painPoints: ["Des lieux décevants par rapport aux photos", "Des frais cachés"],
      objections: ["Des options moins chères à proximité", "Des doutes sur les disponibilités ou les conditions d'annulation"],
      quote: "Si les avis sont excellents et que réserver en direct rapporte un petit plus, on réserve en direct.",
    },
    {
      name: "La famille Müller",
      summary: "Réserve de longues vacances une fois par an et étudie de près l'espace et les activités.",
      demographics: "35-50 ans, parents avec enfants, réserve 2 à 4 mois à l'avance",
      goals: ["Des vacances sans stress pour tous", "Un bon rapport qualité-prix en famille"],
      painPoints: ["Le manque d'informations pour les familles", "Des chambres trop petites"],
      objections: ["Le prix pour toute la famille", "La distance jusqu'aux activités"],
      quote: "Dites-nous exactement ce qu'il y a pour les enfants et on réserve la semaine.",
    },
  ],
  positioning: {
    need: "veulent un séjour ou une expérience personnelle, pas un produit standard",
    benefit: "propose {offer} avec du caractère, une connaissance locale et un accueil personnel",
    reason: "il est tenu par des gens qui vivent ici et connaissent la région par cœur",
    promise: "Un accueil personnel et des expériences locales dont vous parlerez longtemps.",
  },
  messages: [
    "Réservez en direct : meilleur prix et une attention de bienvenue",
    "Les bons plans de ceux qui vivent ici",
    "Nos voyageurs nous notent très bien : découvrez pourquoi",
  ],
  mix: {
    product: "{offer}, avec des offres qui associent le séjour à des expériences locales et à des thèmes de saison.",
    price:
      "Tarification dynamique selon la saison et la demande ; meilleur tarif et petite attention en réservation directe ; durée minimale en haute saison.",
    place:
      "Site officiel avec moteur de réservation, plateformes pour la visibilité et partenariats avec les sites touristiques locaux.",
    people: "Une équipe d'accueil qui répond vite, partage ses bons plans et personnalise chaque séjour.",
    process: "Réponses rapides, e-mail de conseils avant l'arrivée, arrivée fluide et demande d'avis après le départ.",
    physicalEvidence: "Photos professionnelles, avis de voyageurs, lieux soignés et attentions d'accueil que l'on photographie.",
  },
  risks: [
    {
      risk: "Le taux d'occupation chute hors saison alors que les charges fixes continuent",
      mitigation: "Préparer tôt des offres d'arrière-saison pour groupes, séminaires et télétravailleurs",
      contingency: "Lancer une offre ciblée vers les anciens clients et les partenaires pour les semaines les plus creuses",
    },
    {
      risk: "Une plateforme change son classement ou sa commission et les réservations baissent",
      mitigation: "Faire progresser chaque mois les réservations directes et la liste e-mail des voyageurs",
      contingency:
        "Écrire aux anciens clients avec une offre de réservation directe et augmenter la publicité sur les moteurs de recherche",
    },
  ],
  topics: [
    "Guide local : trois idées de sorties près de {name} cette saison",
    "À quoi ressemble un séjour ou une visite avec {name}",
    "L'histoire du voyageur du mois",
    "L'avantage de la réservation directe : pourquoi réserver chez nous",
    "Offre de retour pour les anciens clients",
    "Photos et avis de voyageurs du mois",
  ],
  questions: [
    "Quels sont aujourd'hui votre taux d'occupation et votre part de réservations directes par saison ?",
    "Quel est votre prix moyen par nuit ou par billet, et quelle commission prennent les plateformes ?",
  ],
} satisfies IndustryCopy;
