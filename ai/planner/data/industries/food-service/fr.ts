import type { IndustryCopy } from "../../../i18n/types";

export const fr = {
  label: "restauration",
  kinds: {
    cafe: { noun: "café", a: "un café", the: "le café" },
    restaurant: { noun: "restaurant", a: "un restaurant", the: "le restaurant" },
    bakery: { noun: "boulangerie-pâtisserie", a: "une boulangerie-pâtisserie", the: "la boulangerie" },
    foodTruck: { noun: "food truck", a: "un food truck", the: "le food truck" },
  },
  customers: "clients",
  offer: "des plats et boissons frais",
  team: "Équipe de salle",
  b2bAngle: "les plateaux-repas et petits-déjeuners d'équipe pour les bureaux",
  overview:
    "Les établissements indépendants {inRegion} se font concurrence sur la praticité, la qualité et l'ambiance. La plupart des nouveaux clients consultent Google Maps, les photos et les avis avant une première visite, et les habitués font l'essentiel du chiffre d'affaires.",
  trends: [
    "Les clients choisissent sur Google Maps, d'après les photos et les étoiles, souvent quelques minutes avant d'y aller",
    "Les applis de fidélité et cartes à tampons transforment les visiteurs occasionnels en habitués hebdomadaires",
    "La demande d'options locales, de saison et adaptées aux régimes (vegan, sans gluten) continue de croître",
  ],
  competitors: [
    {
      name: "Chaînes et franchises à proximité",
      strengths: "Marque connue, emplacements de choix, applis et programmes de fidélité, horaires étendus",
      weaknesses: "Carte et ambiance standardisées, peu de service personnalisé",
      edge: "{name} offre un accueil personnel, des produits plus frais et un lieu qui a du caractère",
    },
    {
      name: "Autres indépendants du quartier",
      strengths: "Habitués fidèles, réputation locale et décors instagrammables",
      weaknesses: "Horaires souvent irréguliers et peu de marketing au-delà des réseaux",
      edge: "Une spécialité plus nette et un système d'avis et de fidélité que peu d'indépendants ont",
    },
    {
      name: "Livraison à domicile et cuisine maison",
      strengths: "Praticité : le repas arrive sur le canapé ou au bureau",
      weaknesses: "Les plats voyagent mal, les frais s'accumulent et il n'y a pas d'expérience",
      edge: "Une expérience qui vaut le déplacement, et de la vente à emporter pour les jours pressés",
    },
  ],
  swot: {
    strengths: [
      "Dirigeant présent sur place : qualité et service peuvent être personnalisés",
      "Carte souple, capable de suivre les saisons et les retours rapidement",
    ],
    weaknesses: [
      "Capacité limitée par les places, le personnel et les horaires",
      "Chiffre d'affaires très dépendant de la météo, de la saison et du passage",
    ],
    opportunities: [
      "Petits-déjeuners, déjeuners et traiteur pour les bureaux voisins",
      "Événements (dégustations, ateliers, nocturnes) pour remplir les heures creuses",
      "Des habitués prêts à rejoindre dès aujourd'hui un programme de fidélité ou une newsletter",
    ],
    threats: [
      "Hausse des matières premières, de l'énergie et des salaires qui rogne les marges",
      "Une nouvelle chaîne qui ouvre à deux pas",
    ],
  },
  segments: [
    {
      name: "Les habitués du quartier",
      description: "Personnes qui vivent ou travaillent à moins de dix minutes et peuvent intégrer {name} à leur routine",
      needs: ["Une qualité constante et un accueil chaleureux", "De la rapidité aux heures de pointe"],
    },
    {
      name: "Les visiteurs du week-end et de loisirs",
      description: "Amis, couples et familles qui cherchent un bon endroit où passer une heure ou deux",
      needs: ["Une ambiance et quelque chose qui vaut d'être partagé", "De la place, des tables et une réservation facile"],
    },
    {
      name: "Les entreprises voisines",
      description: "Bureaux et commerces qui commandent pour des réunions, des équipes et des événements",
      needs: ["Une livraison fiable à l'heure convenue", "Commande et facturation simples"],
    },
  ],
  personas: [
    {
      name: "Maya, l'habituée de la semaine",
      summary: "Travaille à côté et veut que son café ou son déjeuner quotidien soit rapide, bon et familier.",
      demographics: "28-40 ans, salariée au bureau ou en hybride, vit ou travaille à moins de 10 minutes",
      goals: ["Bien manger ou boire un bon café sans détour", "Un petit plaisir quotidien qui lui ressemble"],
      painPoints: ["Les files d'attente quand elle est pressée", "Les chaînes où tout a le même goût"],
      objections: ["Un peu plus cher que la chaîne", "Pas sûre que ce soit ouvert quand elle en a besoin"],
      quote: "S'ils connaissent ma commande et que je ressors en cinq minutes, je reviens demain.",
    },
    {
      name: "Tom et Sara, les explorateurs du week-end",
      summary: "Cherchent de nouvelles adresses le week-end et font plus confiance aux photos et avis qu'aux publicités.",
      demographics: "25-45 ans, couple ou petit groupe, à moins de 30 minutes",
      goals: ["Trouver une adresse qui vaut le déplacement", "Quelque chose à photographier et à recommander"],
      painPoints: ["Les lieux moins beaux en vrai qu'en photo", "Les longues attentes sans réservation"],
      objections: ["Ils ont déjà leurs adresses plus près de chez eux", "Pas sûrs qu'il y ait de la place"],
      quote: "On l'a vu sur Instagram, les avis étaient super, alors on a essayé.",
    },
  ],
  positioning: {
    need: "veulent bien manger et bien boire près de chez eux sans se contenter d'une chaîne",
    benefit: "sert {offer} qui valent le petit détour, avec un accueil vraiment personnel",
    reason: "tout est préparé avec soin par des gens qui connaissent leurs habitués",
    promise: "Des produits frais et bien faits, et un accueil qui donne envie de revenir.",
  },
  messages: [
    "Fait maison, par des gens qui connaissent votre prénom",
    "Votre pause quotidienne, bien faite",
    "Venez pour l'assiette, restez pour l'ambiance",
  ],
  mix: {
    product:
      "Une carte resserrée, centrée sur {offer}, avec des incontournables que l'on recommande et des suggestions de saison qui donnent aux habitués une raison de revenir.",
    price:
      "Un peu au-dessus des chaînes et justifié par la qualité ; une récompense de fidélité plutôt que des remises ; formules au déjeuner.",
    place:
      "L'établissement {inRegion}, plus la vente à emporter et, si les marges le permettent, la livraison aux heures creuses ; visible sur Google Maps avec des horaires exacts.",
    people: "Une équipe de salle qui salue les habitués par leur prénom et demande un avis aux clients satisfaits.",
    process: "Service rapide aux heures de pointe, commande simple et carte ou appli de fidélité qui fonctionne en caisse.",
    physicalEvidence:
      "Salle et devanture propres et accueillantes, belles photos sur Google et Instagram, et des avis qui parlent de l'accueil.",
  },
  risks: [
    {
      risk: "Une saison creuse ou le mauvais temps font chuter la fréquentation pendant des semaines",
      mitigation: "Constituer tôt la liste e-mail et la base fidélité, et prévoir des suggestions de saison",
      contingency: "Pousser la vente à emporter, le traiteur et les événements pendant les semaines creuses",
    },
    {
      risk: "Une qualité ou un service irréguliers provoquent des avis négatifs",
      mitigation: "Écrire recettes et standards de service et faire un point d'équipe chaque semaine",
      contingency: "Répondre publiquement à chaque plainte sous 24 heures et réinviter le client",
    },
  ],
  topics: [
    "Rencontrez l'équipe de {name}",
    "Comment nous préparons notre spécialité : {offer}",
    "Les cinq commandes préférées des habitués de {name}",
    "La suggestion de la semaine et comment en profiter",
    "Le coin des habitués : une récompense pour les membres fidèles",
    "Vos photos : les plus belles publications de clients du mois",
  ],
  questions: [
    "Quel est votre ticket moyen, et quelles sont vos heures les plus chargées et les plus calmes ?",
    "Combien de couverts pouvez-vous servir au coup de feu, et y a-t-il de la marge pour développer l'emporter ou le traiteur ?",
  ],
} satisfies IndustryCopy;
