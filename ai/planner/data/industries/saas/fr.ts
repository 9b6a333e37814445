import type { IndustryCopy } from "../../../i18n/types";

export const fr = {
  label: "logiciel B2B (SaaS)",
  kinds: { saas: { noun: "éditeur SaaS", a: "un éditeur SaaS", the: "le logiciel" } },
  customers: "clients",
  offer: "un logiciel qui fait gagner des heures aux équipes",
  team: "Équipe succès client",
  b2bAngle: "les licences d'équipe et d'entreprise",
  overview:
    "Les acheteurs B2B font seuls l'essentiel de leur parcours : ils cherchent, lisent comparatifs et avis sur G2 ou Capterra et interrogent leurs pairs avant de parler à un commercial. Un positionnement centré sur un problème douloureux bat les listes de fonctionnalités.",
  trends: [
    "Les acheteurs attendent un essai gratuit ou une démo interactive avant de parler à un commercial",
    "Les sites d'avis et les recommandations de pairs pèsent plus que le contenu des éditeurs",
    "Les budgets sont scrutés : un retour sur investissement clair raccourcit les cycles de vente",
  ],
  competitors: [
    {
      name: "Suites tout-en-un établies",
      strengths: "Confiance dans la marque, fonctionnalités étendues, contrats existants avec la DSI",
      weaknesses: "Complexes, chères et lentes à s'adapter aux besoins de niche",
      edge: "{name} fait une chose mieux, se déploie en quelques jours et coûte moins cher à faire vivre",
    },
    {
      name: "Autres start-up spécialisées",
      strengths: "Produit moderne, prix agressifs et beaucoup de contenu",
      weaknesses: "Support léger et changements de cap fréquents",
      edge: "Un focus plus fort sur le client cible et des preuves de vrais clients",
    },
    {
      name: "Tableurs et outils maison",
      strengths: "Gratuits, familiers et totalement flexibles",
      weaknesses: "Sources d'erreurs, lents et dépendants d'une seule personne",
      edge: "Des heures gagnées chaque semaine et moins d'erreurs, chiffres à l'appui",
    },
  ],
  swot: {
    strengths: ["Un produit construit autour d'un problème clair", "Des fondateurs proches des clients, capables d'itérer vite"],
    weaknesses: ["Peu de notoriété et peu d'études de cas publiques", "Des cycles de vente longs qui pèsent sur la trésorerie"],
    opportunities: [
      "Intégrations et fiches sur les places de marché partenaires qui apportent du trafic qualifié",
      "Pages de comparaison et d'alternatives pour les acheteurs qui cherchent déjà",
      "Études de cas clients qui deviennent contenus, publicités et supports commerciaux",
    ],
    threats: [
      "De grandes plateformes qui ajoutent une fonction similaire",
      "Des gels de budget qui allongent les cycles de vente",
    ],
  },
  segments: [
    {
      name: "Les responsables des opérations d'entreprises de 20 à 200 personnes",
      description: "Des managers qui pilotent le processus que {name} améliore et en subissent les défauts chaque semaine",
      needs: ["Un déploiement rapide sans projet informatique", "La preuve d'un gain de temps ou d'argent"],
    },
    {
      name: "Les fondateurs et dirigeants de petites équipes",
      description: "Des décideurs qui achètent eux-mêmes leurs outils et veulent des résultats rapides",
      needs: ["Des tarifs simples et un essai gratuit", "Une prise en main rapide"],
    },
    {
      name: "La DSI et les achats des ETI",
      description: "Ceux qui valident la sécurité, les intégrations et les contrats",
      needs: ["Des réponses sur la sécurité et la conformité", "Des conditions contractuelles claires"],
    },
  ],
  personas: [
    {
      name: "Pauline, la responsable des opérations",
      summary: "Pilote un processus tenu par des tableurs et veut un outil que son équipe utilisera vraiment.",
      demographics: "30-45 ans, responsable des opérations ou d'équipe dans une entreprise de 50 personnes",
      goals: ["Réduire le travail manuel et les erreurs", "Montrer à sa direction des progrès mesurables"],
      painPoints: ["Des outils qui prennent des mois à déployer", "Des données éparpillées dans des tableurs"],
      objections: ["Nous n'avons pas le temps de changer", "Est-ce que ça s'intégrera à nos outils ?"],
      quote: "Si l'équipe l'adopte en une semaine et que je montre les heures gagnées, c'est oui.",
    },
    {
      name: "Alex, le fondateur-acheteur",
      summary: "Dirige une petite entreprise et achète ses logiciels par carte après un court essai.",
      demographics: "28-50 ans, fondateur ou gérant, 5 à 30 salariés",
      goals: ["Régler le problème sans recruter", "Garder des coûts prévisibles"],
      painPoints: ["Des appels commerciaux avant même de voir le produit", "Une tarification par utilisateur qui explose"],
      objections: ["Encore un abonnement à gérer", "Pas sûr que l'équipe l'adopte"],
      quote: "Laissez-moi essayer seul d'abord ; si ça marche, je paie.",
    },
  ],
  positioning: {
    need: "perdent des heures chaque semaine en tâches manuelles et en outils dispersés",
    benefit: "met les équipes au travail en quelques jours au lieu de plusieurs mois, avec des résultats mesurables",
    reason: "il est conçu exactement pour cette tâche, pas greffé sur une suite",
    promise: "Régler vite un problème coûteux, et le prouver par les chiffres.",
  },
  messages: [
    "Déployé en quelques jours, pas en quelques mois",
    "Conçu pour des équipes comme la vôtre, éprouvé par des clients comme vous",
    "Voyez le temps gagné dès le premier mois",
  ],
  mix: {
    product:
      "{offer}, avec une prise en main qui mène une équipe à son premier résultat dès la première semaine et des intégrations aux outils déjà utilisés.",
    price:
      "Des offres transparentes avec essai gratuit ; remise sur l'annuel ; tarification à la valeur plutôt qu'à l'utilisateur quand c'est possible.",
    place:
      "Inscription en libre-service sur le site, appuyée par les commerciaux pour les grands comptes et par des fiches sur les sites d'avis et places de marché d'intégrations.",
  },
  risks: [
    {
      risk: "Les essais s'inscrivent mais ne s'activent pas : le pipeline paraît sain, le chiffre d'affaires ne suit pas",
      mitigation: "Définir le moment d'activation et y guider chaque essai par e-mails et messages dans le produit",
      contingency: "Appeler chaque essai qui bloque et lever le principal frein à la prise en main",
    },
    {
      risk: "Un concurrent plus gros copie la fonction principale",
      mitigation: "Bâtir des preuves, des intégrations et des relations clients qui ne se copient pas vite",
      contingency: "Publier une page comparative et armer les commerciaux d'offres de migration",
    },
  ],
  topics: [
    "Le coût caché du travail manuel, et comment {name} le supprime",
    "Guide pratique : régler le problème en cinq étapes",
    "Comparatif : {name} face aux tableurs et aux suites",
    "Étude de cas client avec chiffres avant/après",
    "Présentation d'une nouvelle fonction pour les clients actuels",
    "Client à l'honneur et invitation à nous recommander",
  ],
  questions: [
    "Quels sont aujourd'hui votre MRR, votre valeur moyenne de contrat, votre conversion des essais et votre attrition ?",
    "Combien de temps dure un cycle de vente type, et qui valide l'achat ?",
  ],
} satisfies IndustryCopy;
