import type { IndustryCopy } from "../../../i18n/types";

export const fr = {
  label: "services à domicile",
  kinds: {
    plumbing: {
      noun: "entreprise de dépannage et d'installation",
      a: "une entreprise de dépannage et d'installation",
      the: "l'entreprise",
    },
    cleaning: { noun: "entreprise de nettoyage", a: "une entreprise de nettoyage", the: "l'entreprise de nettoyage" },
    landscaping: { noun: "entreprise d'espaces verts", a: "une entreprise d'espaces verts", the: "l'entreprise d'espaces verts" },
  },
  customers: "particuliers",
  offer: "des services pour la maison",
  team: "Techniciens et équipes",
  b2bAngle: "les contrats d'entretien pour bureaux, bailleurs et syndics",
  overview:
    "Les particuliers {inRegion} cherchent sur Google quand quelque chose tombe en panne ou doit être fait, puis choisissent parmi les premières entreprises avec de bons avis, des prix clairs et une réponse rapide. La rapidité de réponse et la réputation remportent la plupart des chantiers.",
  trends: [
    "La plupart des demandes commencent par une recherche « près de chez moi » sur Google Maps et un coup d'œil aux avis",
    "Les clients attendent une réponse rapide, un devis en ligne et un créneau d'arrivée clair",
    "Les contrats d'entretien et abonnements lissent la saisonnalité",
  ],
  competitors: [
    {
      name: "Réseaux nationaux et franchises",
      strengths: "Notoriété, centres d'appels et gros budgets publicitaires",
      weaknesses: "Chers et impersonnels, qualité locale variable",
      edge: "{name} offre des professionnels locaux et fiables, qui arrivent à l'heure et laissent les lieux propres",
    },
    {
      name: "Artisans isolés et bricoleurs bon marché",
      strengths: "Prix bas et souplesse",
      weaknesses: "Peu fiables, pas toujours assurés, difficiles à joindre",
      edge: "Un travail assuré et garanti, et une équipe qui décroche",
    },
    {
      name: "Le faire soi-même",
      strengths: "Peu coûteux et immédiat",
      weaknesses: "Risqué, long et souvent plus cher au final",
      edge: "Bien fait du premier coup, avec une garantie",
    },
  ],
  swot: {
    strengths: ["Une équipe qualifiée et fiable avec une réputation locale", "Des clients qui reviennent et recommandent"],
    weaknesses: [
      "Capacité limitée par les équipes et les véhicules",
      "Un dirigeant sur les chantiers, avec peu de temps pour le marketing",
    ],
    opportunities: [
      "Des contrats d'entretien qui apportent un revenu récurrent",
      "Des contrats avec bailleurs, bureaux et syndics",
      "Des campagnes de saison calées sur les pics de demande",
    ],
    threats: [
      "Les plateformes qui revendent le même contact à plusieurs entreprises",
      "La hausse du carburant, des matériaux et de la main-d'œuvre",
    ],
  },
  segments: [
    {
      name: "Les particuliers face à une urgence",
      description: "Des personnes qui doivent régler un problème tout de suite et choisissent quelqu'un de rapide et fiable",
      needs: ["Une réponse rapide et un créneau d'arrivée clair", "Des prix justes et transparents"],
    },
    {
      name: "Les particuliers qui préparent un projet",
      description: "Des personnes qui prévoient des travaux ou un entretien régulier et comparent les devis",
      needs: ["Des devis détaillés et des exemples de réalisations", "La confiance dans la qualité et la propreté"],
    },
    {
      name: "Les bailleurs et syndics",
      description: "Des propriétaires de plusieurs biens qui ont besoin d'un service fiable et récurrent",
      needs: ["Une réponse fiable sur tous les biens", "Une facturation et des comptes rendus simples"],
    },
  ],
  personas: [
    {
      name: "Karine, la propriétaire débordée",
      summary: "A un problème à la maison, cherche sur son téléphone et appelle la première entreprise qui inspire confiance.",
      demographics: "35-60 ans, propriétaire avec famille, habite le secteur",
      goals: ["Que ce soit réparé vite et bien", "Connaître le prix avant les travaux"],
      painPoints: ["Les entreprises qui ne rappellent jamais", "Les coûts surprises"],
      objections: ["Pouvez-vous venir aujourd'hui ?", "Êtes-vous plus chers que les autres ?"],
      quote: "Celui qui répond en premier, a de bons avis et me donne un prix décroche le chantier.",
    },
    {
      name: "Paul, le gestionnaire de biens",
      summary: "Gère plusieurs logements en location et a besoin d'un prestataire fiable.",
      demographics: "35-60 ans, bailleur ou gestionnaire immobilier",
      goals: ["Moins de réclamations de locataires", "Un prestataire sur qui compter"],
      painPoints: ["Devoir relancer les artisans", "Une qualité inégale d'une intervention à l'autre"],
      objections: ["Le prix par intervention", "La disponibilité au pied levé"],
      quote: "Si vous répondez au téléphone et envoyez des factures claires, vous aurez tous mes biens.",
    },
  ],
  positioning: {
    need: "veulent un travail bien fait, à l'heure, avec un prix connu d'avance",
    benefit: "arrive à l'heure annoncée, fait le travail correctement et laisse les lieux propres",
    reason: "son équipe est assurée, vérifiée et garantit chaque intervention",
    promise: "À l'heure, bien fait, propre, et chiffré avant de commencer.",
  },
  messages: [
    "Réponse rapide, prix justes, travail garanti",
    "Local, assuré et noté par vos voisins",
    "Demandez votre devis gratuit aujourd'hui",
  ],
  mix: {
    product: "{offer}, regroupés en prestations claires, au forfait quand c'est possible, avec des contrats d'entretien.",
    price:
      "Déplacement et forfaits transparents pour les interventions courantes ; devis écrit pour les projets ; remise avec contrat d'entretien.",
    place: "Zone d'intervention {inRegion}, avec réservation en ligne, téléphone et WhatsApp.",
    people: "Des techniciens aimables, en tenue, qui expliquent l'intervention et nettoient après.",
    process: "Réponse sous une heure, créneau d'arrivée, photos avant/après, facture et demande d'avis le jour même.",
    physicalEvidence: "Véhicules et tenues à l'image de l'entreprise, photos avant/après, avis et garanties écrites.",
  },
  risks: [
    {
      risk: "Les demandes arrivent plus vite que les équipes ne peuvent les traiter et les délais de réponse s'allongent",
      mitigation: "Organiser la prise d'appels et des créneaux de rendez-vous clairs",
      contingency: "Suspendre la publicité jusqu'à résorber le retard et prioriser les chantiers à forte valeur",
    },
    {
      risk: "La saisonnalité laisse des équipes inoccupées pendant les mois creux",
      mitigation: "Vendre des contrats d'entretien et des prestations d'arrière-saison",
      contingency: "Lancer une offre de saison creuse auprès des anciens clients et des comptes professionnels",
    },
  ],
  topics: [
    "Avant/après : le chantier de la semaine",
    "Trois signes que votre maison a besoin d'un professionnel, et que faire",
    "Rencontrez l'équipe de {name}",
    "Devis gratuit : comment ça marche et en combien de temps nous répondons",
    "Check-list d'entretien de saison pour les clients",
    "Avis client et merci pour les recommandations",
  ],
  questions: [
    "Quel est le montant moyen d'une intervention, et combien votre équipe peut-elle en assurer par semaine ?",
    "Quels services et quelles zones sont les plus rentables pour vous ?",
  ],
} satisfies IndustryCopy;
