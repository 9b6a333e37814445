import type { IndustryCopy } from "../../../i18n/types";

export const fr = {
  label: "services professionnels",
  kinds: {
    accounting: { noun: "cabinet d'expertise comptable", a: "un cabinet d'expertise comptable", the: "le cabinet" },
    legal: { noun: "cabinet d'avocats", a: "un cabinet d'avocats", the: "le cabinet" },
    consulting: { noun: "cabinet de conseil", a: "un cabinet de conseil", the: "le cabinet de conseil" },
  },
  customers: "clients",
  offer: "un conseil d'expert",
  team: "Chargés de clientèle",
  b2bAngle: "les missions récurrentes pour les entreprises",
  overview:
    "Les clients choisissent leur conseil sur la confiance : la plupart arrivent par recommandation, puis regardent le site, les avis et LinkedIn avant de demander un premier rendez-vous. Les cabinets qui expliquent clairement ce qu'ils font, pour qui et à quel prix convertissent bien mieux cet intérêt.",
  trends: [
    "Les clients comparent les cabinets en ligne et attendent des offres claires et des honoraires forfaitaires",
    "Logiciels et IA automatisent les tâches courantes : la valeur se déplace vers le conseil et la relation",
    "La recommandation apporte toujours les meilleurs clients, mais ils vérifient d'abord les avis et LinkedIn",
  ],
  competitors: [
    {
      name: "Grands cabinets régionaux et nationaux",
      strengths: "Marque, étendue des expertises et clients prestigieux",
      weaknesses: "Chers, juniors sur les petits dossiers, réponses lentes",
      edge: "{name} offre l'attention d'un associé, des réponses rapides et des honoraires fixés à l'avance",
    },
    {
      name: "Indépendants et petits cabinets locaux",
      strengths: "Prix bas et relation personnelle",
      weaknesses: "Capacité et expertise limitées, peu de présence en ligne",
      edge: "Une spécialité claire et une expérience client professionnelle et simple",
    },
    {
      name: "Services en ligne et « faire soi-même »",
      strengths: "Bon marché, rapides et disponibles à toute heure",
      weaknesses: "Aucun jugement, aucune responsabilité quand ça tourne mal",
      edge: "Un conseil adapté à la situation du client et quelqu'un à appeler",
    },
  ],
  swot: {
    strengths: ["Une expertise difficile à trouver ailleurs", "Des relations de recommandation avec les clients actuels"],
    weaknesses: [
      "Un chiffre d'affaires lié aux heures facturables et au temps des associés",
      "Peu de preuves visibles en ligne (avis, études de cas)",
    ],
    opportunities: [
      "Des missions packagées au forfait, faciles à acheter",
      "Des contenus et webinaires qui répondent aux questions les plus fréquentes des clients",
      "Des partenariats avec des conseils complémentaires qui servent les mêmes clients",
    ],
    threats: [
      "L'automatisation et les services en ligne à bas prix qui pèsent sur les honoraires",
      "Des évolutions réglementaires qui imposent de s'adapter vite",
    ],
  },
  segments: [
    {
      name: "Les petites entreprises dirigées par leur fondateur",
      description: "Des entreprises de 1 à 50 personnes où le dirigeant décide et apprécie un conseil de confiance",
      needs: ["Des conseils clairs, sans jargon", "Des honoraires prévisibles"],
    },
    {
      name: "Les entreprises en croissance aux besoins complexes",
      description:
        "Des sociétés qui recrutent, créent des filiales ou s'ouvrent à de nouveaux marchés et ont besoin d'un spécialiste",
      needs: ["Un conseil proactif avant que les problèmes n'arrivent", "Une équipe qui grandit avec elles"],
    },
    {
      name: "Les particuliers avec un besoin ponctuel",
      description: "Des personnes face à un événement précis : déménagement, litige, succession ou déclaration de revenus",
      needs: ["Des réponses rapides et rassurantes", "Un prix fixe pour la mission"],
    },
  ],
  personas: [
    {
      name: "Martin, le dirigeant de PME",
      summary: "Dirige une entreprise de 15 personnes et veut un conseil qui parle clairement et décroche son téléphone.",
      demographics: "40-60 ans, fondateur ou gérant de PME",
      goals: ["Être en règle sans s'inquiéter", "Mieux décider grâce à des chiffres ou des conseils clairs"],
      painPoints: ["Des conseils qui n'appellent que pour envoyer la facture", "Le jargon et les honoraires surprises"],
      objections: ["Changer de cabinet, c'est compliqué", "Un petit cabinet aura-t-il l'expertise ?"],
      quote: "Je veux quelqu'un qui me dise quoi faire avant l'échéance, pas après.",
    },
    {
      name: "Claire, la cliente particulière",
      summary: "A un problème précis et compare deux ou trois cabinets en ligne avant d'appeler.",
      demographics: "30-65 ans, active, cherche en ligne",
      goals: ["Régler le problème rapidement", "Connaître le coût à l'avance"],
      painPoints: ["Ne pas savoir à qui faire confiance", "Des honoraires horaires sans plafond"],
      objections: ["Est-ce dans mes moyens ?", "Ce cabinet connaît-il des cas comme le mien ?"],
      quote: "Dites-moi combien ça coûtera et combien de temps ça prendra.",
    },
  ],
  positioning: {
    need: "veulent l'aide d'un expert de confiance, sans honoraires surprises",
    benefit: "donne un conseil clair et expérimenté, avec des honoraires convenus à l'avance",
    reason: "il se concentre sur des clients comme eux et répond sous un jour ouvré",
    promise: "Un conseil d'expert en langage clair, à un prix convenu avant de commencer.",
  },
  messages: [
    "Des conseils clairs, des honoraires fixés, aucune surprise",
    "Des experts confirmés qui décrochent le téléphone",
    "Des clients comme vous nous font confiance : lisez leurs histoires",
  ],
  mix: {
    product: "{offer}, décliné en missions claires au périmètre défini, avec une offre d'entrée comme un bilan au forfait.",
    price:
      "Forfaits ou abonnements mensuels chaque fois que possible ; taux horaire seulement pour les missions ouvertes ; premier échange gratuit.",
    place: "Bureaux {inRegion} et rendez-vous en visio ; prise de rendez-vous en ligne pour le premier échange.",
    people: "Des conseils confirmés avec profils, photos et références visibles ; chaque client connaît son interlocuteur.",
    process:
      "Premier échange gratuit de 20 minutes, proposition écrite sous deux jours, check-list d'accueil et points réguliers.",
    physicalEvidence:
      "Un site professionnel avec honoraires, études de cas, avis et références ; propositions et rapports à l'image du cabinet.",
  },
  risks: [
    {
      risk: "Le temps des associés est saturé et le marketing s'arrête dès que le travail arrive",
      mitigation: "Bloquer deux heures par semaine pour le marketing et déléguer la publication",
      contingency: "Garder seulement la recommandation et la newsletter pendant les périodes chargées",
    },
    {
      risk: "Une réclamation ou un mauvais avis abîme la confiance dans une activité fondée sur la recommandation",
      mitigation: "Fixer les attentes par écrit et demander un retour à chaque étape",
      contingency: "Répondre de façon personnelle et professionnelle, et corriger le processus en cause",
    },
  ],
  topics: [
    "Les cinq questions que nos clients posent le plus, avec les réponses",
    "Rappel d'échéances et check-list pour nos {customers}",
    "Étude de cas : comment nous avons aidé un client comme vous",
    "Notre offre au forfait expliquée : ce qui est inclus",
    "Point trimestriel pour les clients actuels",
    "Témoignage client et invitation à recommander un proche",
  ],
  questions: [
    "Que rapporte en moyenne un nouveau client la première année, et combien pouvez-vous en accueillir par mois ?",
    "Quelles missions voulez-vous développer, et quels clients sont les plus rentables ?",
  ],
} satisfies IndustryCopy;
