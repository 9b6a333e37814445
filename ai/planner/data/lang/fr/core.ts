import type { CoreTemplates } from "../en/core";

/** Modèles en français : libellés et première moitié du plan. */
export const frCore: CoreTemplates = {
  locale: "fr",
  and: "et",
  fallbackName: "Votre entreprise",
  planTitle: "{name} : plan marketing",
  planTitleOffer: "{headline} {inRegion} : plan marketing",
  inRegion: "à {region}",
  inYourArea: "dans votre secteur",
  online: "en ligne",
  yourArea: "votre secteur",
  models: {
    B2C: "une entreprise qui vend aux particuliers (B2C)",
    B2B: "une entreprise qui vend à d'autres entreprises (B2B)",
    B2B2C: "une entreprise qui touche les particuliers via des entreprises partenaires (B2B2C)",
    D2C: "une marque qui vend en direct aux consommateurs (D2C)",
    marketplace: "une place de marché qui met en relation acheteurs et vendeurs",
    nonprofit: "une association à but non lucratif",
  },
  stages: { idea: "phase d'idée", launch: "phase de lancement", growth: "phase de croissance", established: "phase de maturité" },
  bands: { tiny: "très petit", small: "petit", medium: "moyen", large: "important", huge: "très important" },
  roles: {
    owner: "Dirigeant·e",
    marketing: "Responsable marketing",
    sales: "Responsable commercial",
    content: "Créateur·rice de contenu",
  },
  summary: {
    introUnnamed: "{name} {inRegion} propose {offer} à {audience}.",
    introOwn: "{name} {inRegion} s'adresse à {audience}.",
    intro: [
      "{name} est {kindA} {inRegion} qui propose {offer} pour {audience}.",
      "{name} vend {offer} pour {audience} {inRegion}, et ce plan le traite comme {kindA} en {stage}.",
    ],
    focus:
      "Sur {months} mois, le plan mise d'abord sur {segment} et démarre par un effort de 90 jours dont le premier objectif est : {objective}.",
    channels:
      "Il s'appuie sur {proven}, développe {next} et teste {experimental}, avec {budget} par mois répartis 70/20/10 entre canaux éprouvés, suivants et expérimentaux.",
    budgetStated: "Le budget est celui que vous avez fixé : {budget} par mois.",
    budgetEstimated: "Aucun budget n'a été indiqué : {budget} par mois est une estimation à confirmer.",
    premium: "Tout, du prix aux photos, place {name} sur le segment haut de gamme de son marché.",
    b2b: "Les clients professionnels d'abord : {b2bAngle} est le chemin le plus rapide vers un chiffre d'affaires régulier.",
    closing: [
      "Suivez les chiffres chaque semaine et remplacez chaque valeur marquée comme estimation par vos propres données après le premier mois.",
      "Comparez chaque semaine les KPI à leurs cibles ; au bout de quatre semaines, remplacez les estimations par vos mesures.",
    ],
  },
  situation: {
    namedStrengths: "Déjà connu de {audience} {inRegion}, avec une clientèle et des habitudes installées",
    namedWeaknesses: "Cité par vous ; complétez ses faiblesses avec ce que disent les clients qui ont changé",
    namedEdge: "{name} gagne avec {offer} et un contact personnel qu'un plus grand nom ne peut pas copier",
    quote: "Selon le dirigeant : « {quote} »",
    summary: "{name} est {kindA} {inRegion} ; clientèle visée : {audience}. Le plan le traite comme {model} en {stage}.",
    summaryUnnamed: "{name} {inRegion} ; clientèle visée : {audience}. Le plan le traite comme {model} en {stage}.",
    reachLocal:
      "La plupart des {customers} viennent des environs de {region} : la recherche locale, les avis et le bouche-à-oreille pèsent donc le plus.",
    reachOnline:
      "Vendre en ligne, c'est rivaliser pour l'attention bien au-delà d'une ville : la visibilité dans les moteurs de recherche, la preuve sociale et un parcours d'achat fluide pèsent donc le plus.",
    strengthOffer: "Une offre précise que les clients peuvent répéter : {offer}",
    strengthTerms: "Des détails distinctifs sur lesquels bâtir les messages : {terms}",
    strengthAudience: "Un public clairement identifié : {audience}",
    weaknessNew: "Pas encore d'avis, d'historique ni de fichier clients : chaque premier client compte",
    weaknessBudget:
      "Un petit budget laisse peu de place à la publicité payante : le temps et la régularité doivent faire le travail",
    threatCompetitor: "Concurrence ({rival}) : elle peut copier l'offre ou investir davantage que {name} en visibilité",
  },
  audience: {
    personaAudience: "Fait partie du public que vous avez décrit : {audience}.",
    statedDescription: "Le public que vous avez indiqué : {audience}. {detail}",
    b2bName: "Entreprises clientes : {b2bAngle}",
    b2bDescription:
      "Entreprises, bureaux et organisations du secteur qui achètent {b2bAngle} en commandes plus grandes et récurrentes, et qui choisissent autant sur la fiabilité et la facturation que sur le goût.",
    b2bNeeds: [
      "Des livraisons fiables aux dates convenues, avec factures et conditions claires",
      "Un interlocuteur qui répond vite",
    ],
    enterpriseName: "Grands comptes avec un acheteur dédié",
    enterpriseDescription:
      "Organisations dotées d'un responsable achats ou opérations qui achètent {offer} pour plusieurs équipes ou sites et attendent des références, des réponses sur la sécurité et un dossier de rentabilité clair.",
    enterpriseNeeds: ["Un argumentaire qu'ils peuvent transmettre en interne", "Des preuves venant d'organisations similaires"],
    rationaleStated:
      "Vous avez nommé ce public vous-même : ce sont eux qui, le plus probablement, {need} ; commencer par là garde le message, les canaux et le budget concentrés.",
    rationale:
      "Commencez par {segment} : ils {need}, et {proven} peuvent les toucher dans les limites du budget. Les autres segments suivront quand celui-ci convertira.",
    b2bPersona: {
      name: "Dana, l'office manager",
      summary: "Gère les locaux et les fournisseurs d'une équipe de 20 à 80 personnes ; c'est elle qui commande {b2bAngle}.",
      demographics: "30-50 ans, office manager ou responsable des opérations, basée {inRegion}",
      goals: ["Trouver un fournisseur qu'elle n'aura jamais à relancer", "Faire plaisir à l'équipe sans dépasser le budget"],
      painPoints: [
        "Des fournisseurs qui ratent les dates ou envoient la mauvaise facture",
        "Perdre du temps à comparer des devis",
      ],
      objections: [
        "Une structure de cette taille peut-elle suivre notre volume ?",
        "Nous avons déjà un fournisseur qui fait l'affaire",
      ],
      quote: "Si vous êtes fiables et simples à facturer, la commande se renouvellera.",
    },
  },
  positioning: {
    statementOwn: "Pour {audience} qui {need}, {name} {benefit}, car {reason}.",
    statementOwnPremium: "Pour {audience} qui {need} et sont prêts à payer pour le meilleur, {name} {benefit}, car {reason}.",
    statement: "Pour {audience} qui {need}, {name} est {kindThe} qui {benefit}, car {reason}.",
    statementPremium:
      "Pour {audience} qui {need} et sont prêts à payer pour le meilleur, {name} est {kindThe} qui {benefit}, car {reason}.",
    valueProposition: "{promise}",
    valueOffer: "Pour {audience}, cela veut dire {offer}.",
    premiumPromise: "Haut de gamme dans chaque détail, et digne de son prix.",
    messageTerms: "Réputés pour : {terms}",
  },
  voice: {
    friendly: {
      traits: ["Chaleureux", "Accueillant", "Simple"],
      do: [
        "Écrire comme on parle à un habitué : phrases courtes, prénoms",
        "Montrer les personnes derrière {name}",
        "Répondre à chaque commentaire et avis dans la journée",
      ],
      dont: ["Le jargon d'entreprise ou les tournures rigides", "Les promos criées ou la fausse urgence"],
    },
    premium: {
      traits: ["Raffiné", "Assuré", "Attentionné"],
      do: [
        "Laisser le savoir-faire et le détail porter le message",
        "Moins de photos, mais meilleures et au style cohérent",
        "Nommer précisément ingrédients, matières et méthodes",
      ],
      dont: ["Les remises comme accroche principale", "Points d'exclamation, argot ou visuels chargés"],
    },
    expert: {
      traits: ["Clair", "Crédible", "Utile"],
      do: [
        "Partir du problème du lecteur, puis donner la réponse",
        "Appuyer chaque affirmation par des chiffres, des exemples ou des références",
        "Expliquer les termes en langage simple",
      ],
      dont: ["Les mots gonflés comme « révolutionnaire » ou « leader du marché »", "Les longs paragraphes sans idée à retenir"],
    },
    bold: {
      traits: ["Audacieux", "Ludique", "Direct"],
      do: [
        "Ouvrir sur une accroche dès la première ligne ou la première seconde",
        "Avoir un point de vue et le dire franchement",
        "Utiliser un humour qui plaît vraiment, pour {audience}",
      ],
      dont: [
        "Copier des tendances qui ne collent pas à {name}",
        "Des promesses vagues que n'importe quel concurrent pourrait faire",
      ],
    },
    caring: {
      traits: ["Chaleureux", "Patient", "Encourageant"],
      do: [
        "Décrire des résultats vécus par de vraies personnes, avec leur accord",
        "Rendre l'étape suivante petite et claire",
        "Remercier souvent et précisément",
      ],
      dont: ["La culpabilisation, la pression ou les images choc", "Le jargon qui exclut les nouveaux venus"],
    },
  },
  toneWords: {
    premium: ["premium", "luxe", "luxueux", "élégant", "raffiné", "haut de gamme", "exclusif", "sophistiqué"],
    expert: ["professionnel", "expert", "sérieux", "formel", "rigoureux", "fiable", "technique"],
    bold: ["audacieux", "ludique", "drôle", "décalé", "impertinent", "énergique", "fun"],
    caring: ["bienveillant", "empathique", "apaisant", "rassurant", "doux", "attentionné", "chaleureux"],
    friendly: ["amical", "convivial", "accueillant", "décontracté", "sympathique", "simple"],
  },
};
