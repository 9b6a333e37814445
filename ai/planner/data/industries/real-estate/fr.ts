import type { IndustryCopy } from "../../../i18n/types";

export const fr = {
  label: "immobilier",
  kinds: {
    agency: { noun: "agence immobilière", a: "une agence immobilière", the: "l'agence" },
    propertyManagement: { noun: "agence de gestion locative", a: "une agence de gestion locative", the: "l'agence de gestion" },
  },
  customers: "clients",
  offer: "la vente et la location de biens",
  team: "Agents immobiliers",
  b2bAngle: "la gestion de patrimoine pour les bailleurs et promoteurs",
  overview:
    "Les portails dominent la recherche des acquéreurs : les agences {inRegion} se battent donc pour les mandats des propriétaires, qui choisissent sur la connaissance du marché local, les ventes visibles, les avis et l'expérience d'estimation. Chaque mandat gagné fait aussi la publicité de l'agence.",
  trends: [
    "Les acquéreurs commencent sur les portails, mais les vendeurs choisissent leur agent sur les avis, les résultats locaux et la confiance",
    "Visites vidéo et belles photos sont désormais attendues pour chaque annonce",
    "Les agences en ligne et hybrides pèsent sur les honoraires : le service doit être visiblement meilleur",
  ],
  competitors: [
    {
      name: "Réseaux et franchises nationales",
      strengths: "Notoriété, budgets portails et grandes équipes",
      weaknesses: "Fort turnover et service moins personnel",
      edge: "{name} offre des agents qui connaissent chaque rue et suivent le client jusqu'à la signature",
    },
    {
      name: "Agences en ligne et hybrides",
      strengths: "Honoraires fixes bas et applis pratiques",
      weaknesses: "Pas de présence locale, le vendeur fait les visites",
      edge: "Une expertise locale et un service complet qui obtiennent souvent un meilleur prix",
    },
    {
      name: "Vente entre particuliers",
      strengths: "Pas d'honoraires",
      weaknesses: "Visibilité limitée, négociation difficile et risques juridiques",
      edge: "Plus de visibilité, une meilleure négociation et une transaction sécurisée",
    },
  ],
  swot: {
    strengths: ["Une connaissance fine du marché local", "Des relations personnelles et des clients qui reviennent"],
    weaknesses: [
      "Un chiffre d'affaires lié aux cycles du marché et à quelques grosses ventes",
      "Une marque moins connue que les réseaux nationaux",
    ],
    opportunities: [
      "Estimations gratuites et études de marché qui génèrent des contacts vendeurs",
      "Vidéo et réseaux sociaux qui montrent l'expertise du quartier",
      "Partenariats avec courtiers, notaires et promoteurs",
    ],
    threats: ["Des hausses de taux qui refroidissent le marché", "La pression sur les honoraires des agences en ligne"],
  },
  segments: [
    {
      name: "Les propriétaires qui pensent vendre",
      description: "Des propriétaires qui prévoient de déménager d'ici 6 à 12 mois et comparent souvent deux ou trois agences",
      needs: ["Une estimation réaliste", "La confiance que l'agence obtiendra le meilleur prix"],
    },
    {
      name: "Les bailleurs et investisseurs",
      description: "Des propriétaires d'un ou plusieurs biens locatifs qui veulent les louer et les gérer sereinement",
      needs: ["Des locataires fiables et des loyers payés à temps", "Une gestion sans souci"],
    },
    {
      name: "Les acquéreurs et locataires",
      description: "Des personnes qui cherchent dans le secteur et seront de futurs vendeurs et prescripteurs",
      needs: ["Un accès en avant-première aux nouveaux biens", "Des conseils honnêtes sur le quartier"],
    },
  ],
  personas: [
    {
      name: "Hélène et Marc, qui s'agrandissent",
      summary: "Veulent vendre leur appartement et acheter une maison familiale, avec une agence de confiance pour les deux.",
      demographics: "32-45 ans, couple avec jeunes enfants, propriétaires dans le secteur",
      goals: ["Vendre au bon prix", "Coordonner vente et achat sans accroc"],
      painPoints: ["Des agences qui surestiment pour décrocher le mandat", "Une mauvaise communication pendant la vente"],
      objections: ["Les agences en ligne sont moins chères", "Nous connaissons déjà un agent du quartier"],
      quote: "Nous voulons une estimation honnête et quelqu'un qui nous tienne informés chaque semaine.",
    },
    {
      name: "Raj, le bailleur malgré lui",
      summary: "Possède un ou deux biens en location et veut qu'ils soient gérés sans tracas.",
      demographics: "35-60 ans, actif avec un à trois biens locatifs",
      goals: ["Des revenus locatifs réguliers", "Aucun appel de locataire à minuit"],
      painPoints: ["La vacance entre deux locataires", "Suivre l'évolution de la réglementation"],
      objections: ["Les frais de gestion grignotent la rentabilité", "L'agence précédente ne répondait pas"],
      quote: "Je veux le loyer sur mon compte et aucune mauvaise surprise.",
    },
  ],
  positioning: {
    need: "veulent le meilleur résultat pour leur bien sans stress",
    benefit: "allie une connaissance fine du marché local à une communication claire chaque semaine",
    reason: "ses agents connaissent le marché rue par rue et accompagnent chaque client jusqu'à la signature",
    promise: "Des experts locaux qui obtiennent le meilleur prix et vous informent à chaque étape.",
  },
  messages: [
    "Demandez une estimation gratuite et honnête",
    "Nous connaissons chaque rue {inRegion}",
    "Des nouvelles chaque semaine, du mandat à la signature",
  ],
  mix: {
    product: "{offer}, avec photos professionnelles, visites vidéo et un plan marketing clair pour chaque bien.",
    price:
      "Honoraires en pourcentage ou forfaitaires compétitifs, justifiés par les résultats ; formules transparentes pour les bailleurs.",
    place: "Agence en centre-ville {inRegion}, portails immobiliers et site de l'agence.",
    people: "Des agents au profil local, avec avis et ventes visibles.",
    process: "Estimation sous 48 heures, plan marketing écrit, compte rendu hebdomadaire et check-list jusqu'à la signature.",
    physicalEvidence: "Panneaux « à vendre », brochures à l'image de l'agence, biens vendus mis en avant et avis.",
  },
  risks: [
    {
      risk: "Le marché ralentit et les mandats diminuent",
      mitigation: "Développer la gestion locative pour des revenus plus réguliers",
      contingency:
        "Concentrer les dépenses sur les demandes d'estimation et les anciens clients, et couper les options des portails",
    },
    {
      risk: "Les tarifs des portails augmentent alors que les contacts stagnent",
      mitigation: "Construire des canaux propres : liste e-mail, SEO et réseaux sociaux",
      contingency: "Renégocier l'offre du portail et basculer le budget vers des campagnes vendeurs",
    },
  ],
  topics: [
    "Point sur le marché local : prix et demande ce mois-ci",
    "Visite vidéo d'un nouveau bien",
    "Histoire de vente : comment nous avons obtenu le prix demandé",
    "Estimation gratuite : à quoi s'attendre",
    "Check-list pour les bailleurs : les règles de ce trimestre",
    "Avis client et merci pour la recommandation",
  ],
  questions: [
    "Combien de mandats et de ventes signez-vous par mois, et quels sont vos honoraires moyens ?",
    "Quelle part de votre activité relève de la vente et de la location, et laquelle voulez-vous développer ?",
  ],
  channelNames: { directories: "Portails immobiliers ({platforms})" },
} satisfies IndustryCopy;
