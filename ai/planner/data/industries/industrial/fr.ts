import type { IndustryCopy } from "../../../i18n/types";

export const fr = {
  label: "industrie B2B",
  kinds: {
    manufacturing: { noun: "fabricant", a: "un fabricant", the: "le fabricant" },
    supplies: { noun: "fournisseur industriel", a: "un fournisseur industriel", the: "le fournisseur" },
  },
  customers: "acheteurs",
  offer: "des produits industriels",
  team: "Ingénieurs commerciaux",
  b2bAngle: "les contrats-cadres avec de plus grands sites",
  overview:
    "Acheteurs et ingénieurs industriels cherchent en ligne, téléchargent des fiches techniques et comparent les fournisseurs bien avant de demander un devis. Les relations concluent toujours les affaires, mais fiabilité, délais, certifications et réponses techniques décident de la liste restreinte.",
  trends: [
    "Les acheteurs font l'essentiel de leurs recherches en ligne et attendent fiches techniques, fichiers CAO et prix",
    "Les tensions d'approvisionnement rendent plus attractifs les fournisseurs fiables et proches",
    "Les exigences de durabilité et de certification pèsent de plus en plus dans les appels d'offres",
  ],
  competitors: [
    {
      name: "Fournisseurs étrangers à bas coût",
      strengths: "Prix unitaires bas et grosses capacités",
      weaknesses: "Délais longs, qualité variable et communication difficile",
      edge: "{name} offre des délais courts, une qualité constante et des ingénieurs qui répondent",
    },
    {
      name: "Grands fournisseurs nationaux établis",
      strengths: "Relations installées, catalogues larges et certifications",
      weaknesses: "Lents sur le sur-mesure et les petites séries",
      edge: "De la souplesse sur les spécifications sur mesure et les petites séries",
    },
    {
      name: "Production interne des clients",
      strengths: "Maîtrise totale",
      weaknesses: "Gourmande en investissements et éloignée du cœur de métier",
      edge: "Un coût total plus bas et de la capacité à la demande",
    },
  ],
  swot: {
    strengths: ["Expertise technique et qualité reconnue", "Relations clients de long terme"],
    weaknesses: [
      "Peu de visibilité en ligne au-delà des clients actuels",
      "Des ventes qui reposent sur peu de personnes et de comptes",
    ],
    opportunities: [
      "Contenus techniques et fiches produits qui captent la demande de recherche",
      "Relocalisation et diversification des fournisseurs chez les grands donneurs d'ordre",
      "Salons et fédérations professionnelles pour gagner de nouveaux comptes",
    ],
    threats: ["La pression sur les prix des importations à bas coût", "Les variations du coût des matières et de l'énergie"],
  },
  segments: [
    {
      name: "Les responsables achats",
      description: "Des acheteurs d'industriels qui achètent {offer} et gèrent le risque fournisseur",
      needs: ["Des livraisons fiables et des prix clairs", "Certifications et documentation"],
    },
    {
      name: "Les ingénieurs et prescripteurs techniques",
      description: "Des ingénieurs qui décident des pièces ou matières intégrées à une conception",
      needs: ["Données techniques et échantillons", "Des réponses rapides et compétentes"],
    },
    {
      name: "Les équipes maintenance et production",
      description: "Des équipes d'usine qui ont besoin vite de pièces et de fournitures",
      needs: ["Disponibilité et livraison rapide", "Un réassort simple"],
    },
  ],
  personas: [
    {
      name: "Thomas, le responsable achats",
      summary: "Gère un panel de fournisseurs et il est évalué sur le coût, la fiabilité et le risque.",
      demographics: "35-55 ans, responsable achats dans une ETI industrielle",
      goals: ["Un approvisionnement fiable à un coût total juste", "Moins de problèmes fournisseurs"],
      painPoints: ["Des retards qui arrêtent la production", "Des devis qui tardent"],
      objections: ["Changer de fournisseur demande une qualification", "Un petit fournisseur peut-il suivre nos volumes ?"],
      quote: "Un devis sous 24 heures et une livraison à la date promise, et on parlera volumes.",
    },
    {
      name: "Katrin, l'ingénieure conception",
      summary: "Spécifie les composants des nouveaux produits et a besoin de réponses techniques rapides.",
      demographics: "28-50 ans, ingénieure mécanique ou procédés",
      goals: [
        "Trouver des pièces conformes à la spécification et au coût cible",
        "Éviter les reprises de conception en fin de projet",
      ],
      painPoints: ["Des données techniques manquantes", "Des commerciaux incapables de répondre aux questions techniques"],
      objections: ["Fournisseur inconnu, sans historique chez nous", "Les délais des échantillons"],
      quote: "Envoyez-moi la fiche technique et un échantillon, je vous réponds dans la semaine.",
    },
  ],
  positioning: {
    need: "ont besoin d'un approvisionnement fiable et de réponses techniques rapides",
    benefit: "livre {offer} à l'heure, conformes aux spécifications, avec des ingénieurs qui décrochent",
    reason: "il associe qualité certifiée, délais courts et support technique direct",
    promise: "Conforme, à l'heure, avec des ingénieurs qui répondent.",
  },
  messages: ["Devis sous 24 heures", "Qualité certifiée, délais courts", "Parlez directement à un ingénieur"],
  mix: {
    product: "{offer}, avec documentation technique complète, certifications, échantillons et options sur mesure.",
    price: "Paliers de volume et contrats-cadres ; devis sous 24 heures ; arguments de coût total plutôt que de prix unitaire.",
    place: "Vente directe, site avec formulaire de devis et téléchargements techniques, distributeurs et annuaires B2B.",
  },
  risks: [
    {
      risk: "Des cycles de vente longs rendent les résultats marketing difficiles à voir",
      mitigation: "Enregistrer dans le CRM les contacts et devis par source dès le premier jour",
      contingency: "Suivre chaque mois la valeur du pipeline et les demandes de devis, pas seulement les commandes signées",
    },
    {
      risk: "Un gros client réduit ses commandes",
      mitigation: "Gagner cinq nouveaux comptes de taille moyenne pour répartir le risque",
      contingency: "Intensifier la prospection sur les 50 comptes cibles prioritaires",
    },
  ],
  topics: [
    "Cas d'application : comment un client utilise {offer}",
    "Guide technique : choisir la bonne spécification",
    "Point délais et capacités",
    "Demander un devis : ce dont nous avons besoin",
    "Conseils de maintenance et de réassort pour les clients",
    "Étude de cas client avec résultats mesurables",
  ],
  questions: [
    "Quels sont votre commande moyenne, votre taux de transformation des devis et votre délai habituel ?",
    "Quels secteurs et quels comptes sont les plus rentables pour vous ?",
  ],
} satisfies IndustryCopy;
