import type { IndustryCopy } from "../../../i18n/types";

export const fr = {
  label: "santé et forme",
  kinds: {
    gym: { noun: "salle de sport", a: "une salle de sport", the: "la salle" },
    yoga: { noun: "studio de yoga et de Pilates", a: "un studio de yoga et de Pilates", the: "le studio" },
    personalTraining: { noun: "activité de coaching sportif", a: "une activité de coaching sportif", the: "le coaching" },
  },
  customers: "adhérents",
  offer: "des cours et un accompagnement",
  team: "Coachs et accueil",
  b2bAngle: "les séances bien-être en entreprise pour les employeurs du secteur",
  overview:
    "Le sport {inRegion} se partage entre chaînes low cost, studios boutique et entraînement à domicile. On choisit sur l'emplacement, l'ambiance et le premier cours, et la plupart abandonnent dans les trois premiers mois si une communauté et une routine ne les retiennent pas.",
  trends: [
    "L'entraînement en petit groupe et en communauté progresse pendant que les chaînes low cost se battent sur les prix",
    "La vidéo courte est l'endroit où l'on découvre studios et coachs",
    "Les adhérents veulent des résultats mesurables et un coach qui les remarque",
  ],
  competitors: [
    {
      name: "Chaînes de salles low cost",
      strengths: "Abonnement bon marché, horaires étendus, beaucoup de machines",
      weaknesses: "Bondées, anonymes, peu d'accompagnement",
      edge: "{name} apporte coaching, communauté et progrès visibles",
    },
    {
      name: "Studios boutique à proximité",
      strengths: "Marque forte, ambiance et communautés fidèles",
      weaknesses: "Prix élevés et créneaux figés",
      edge: "Une porte d'entrée plus accueillante, des formules souples et une attention personnelle",
    },
    {
      name: "Sport à la maison et applis de fitness",
      strengths: "Peu chers, pratiques, disponibles à toute heure",
      weaknesses: "Aucune obligation, on abandonne facilement",
      edge: "Des coachs et un groupe qui vous attendent : c'est pour ça que les adhérents restent",
    },
  ],
  swot: {
    strengths: ["Des coachs qui connaissent les adhérents par leur prénom", "Une communauté qui donne envie de revenir"],
    weaknesses: ["Capacité limitée par l'espace et les créneaux", "Beaucoup d'abandons après les premiers mois"],
    opportunities: [
      "Offres découverte et défis qui transforment les essais en abonnements",
      "Partenariats bien-être avec les entreprises voisines",
      "Récompenses pour les adhérents qui amènent un ami",
    ],
    threats: ["Des chaînes low cost qui ouvrent à côté", "Le pic de janvier suivi du creux de l'été"],
  },
  segments: [
    {
      name: "Les débutants qui reprennent le sport",
      description: "Des adultes qui veulent se remettre en forme mais sont intimidés par les grandes salles",
      needs: ["Une première séance accueillante", "Un programme qu'ils peuvent tenir"],
    },
    {
      name: "Les pratiquants assidus",
      description: "Des personnes qui s'entraînent plusieurs fois par semaine et veulent progresser en communauté",
      needs: ["Une bonne programmation et du coaching", "Des créneaux adaptés à leur semaine"],
    },
    {
      name: "Les actifs pressés",
      description: "Des personnes occupées qui ont besoin de séances efficaces près du travail ou de chez elles",
      needs: ["Des séances courtes et efficaces", "Réservation facile et horaires souples"],
    },
  ],
  personas: [
    {
      name: "Emma, celle qui se remet au sport",
      summary: "Veut retrouver la forme après une longue pause et cherche un endroit où elle ne se sentira pas à part.",
      demographics: "28-45 ans, salariée de bureau, vit à moins de 15 minutes",
      goals: ["Se sentir plus forte et plus en énergie", "Installer une routine qui tient"],
      painPoints: ["Se sentir perdue dans une grande salle", "Perdre la motivation au bout de quelques semaines"],
      objections: ["Je ne suis pas encore assez en forme", "L'abonnement me paraît un gros engagement"],
      quote: "Si quelqu'un me montre quoi faire et remarque quand je ne viens pas, je tiendrai.",
    },
    {
      name: "Dan, le sportif régulier",
      summary: "S'entraîne quatre fois par semaine et veut des coachs et des partenaires qui le poussent.",
      demographics: "25-40 ans, actif sportif, habite à proximité",
      goals: ["Battre ses records personnels", "S'entraîner avec des gens de son niveau"],
      painPoints: ["Des programmes génériques", "Des machines prises aux heures de pointe"],
      objections: ["Plus cher que sa salle actuelle", "Les créneaux risquent de ne pas lui convenir"],
      quote: "Je veux un bon coaching et des gens qui me poussent.",
    },
  ],
  positioning: {
    need: "veulent se remettre en forme avec un vrai accompagnement et des gens qui les motivent",
    benefit: "transforme {offer} en progrès visibles, dans une communauté attentive",
    reason: "chaque adhérent a un programme et des coachs qui connaissent son prénom",
    promise: "Coaching, communauté et progrès visibles, près de chez vous.",
  },
  messages: [
    "Votre première séance est offerte",
    "Des coachs qui connaissent votre prénom et vos objectifs",
    "Plus fort chaque mois : suivez vos progrès",
  ],
  mix: {
    product: "{offer}, avec un programme de démarrage pour les nouveaux et un suivi des progrès pour tous.",
    price:
      "Abonnements mensuels avec une offre découverte sans engagement lourd ; carnets de séances pour la souplesse ; frais d'inscription offerts en campagne.",
    place: "Le studio {inRegion}, avec réservation en ligne et, si possible, quelques séances en ligne ou en plein air.",
    people:
      "Des coachs au profil visible qui accueillent les nouveaux, retiennent les prénoms et font un suivi après le premier cours.",
    process:
      "Séance découverte gratuite, réservation en ligne simple, point après la première semaine et bilan des progrès chaque mois.",
    physicalEvidence:
      "Un espace propre et lumineux, des témoignages avant/après avec accord, des photos d'adhérents et des avis Google.",
  },
  risks: [
    {
      risk: "Les nouveaux adhérents abandonnent dans les 90 premiers jours",
      mitigation: "Mettre en place un parcours d'intégration avec des points aux semaines 1, 3 et 6",
      contingency: "Appeler personnellement les absents et leur offrir une séance avec un coach",
    },
    {
      risk: "Le creux de l'été après le pic de janvier",
      mitigation: "Préparer à l'avance un défi d'été et des séances en plein air",
      contingency: "Proposer de suspendre l'abonnement plutôt que de résilier et promouvoir des formules courtes",
    },
  ],
  topics: [
    "Rencontrez les coachs de {name}",
    "Votre première séance, étape par étape",
    "Transformation d'un adhérent (avec son accord)",
    "Offre découverte : commencez ce mois-ci",
    "Le défi du mois pour les adhérents",
    "Semaine « venez avec un ami »",
  ],
  questions: [
    "Combien d'adhérents actifs avez-vous, et quel est votre taux d'attrition mensuel ?",
    "Quels créneaux sont complets et lesquels sont à moitié vides ?",
  ],
} satisfies IndustryCopy;
