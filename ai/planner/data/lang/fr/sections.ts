import type { SectionTemplates } from "../en/sections";

/** Modèles en français : des objectifs aux hypothèses. */
export const frSections: SectionTemplates = {
  objectives: {
    customBaseline: "Point de départ ({thing}) : zéro par hypothèse ; remplacez-le par votre chiffre",
    title: "{kpi} : de {baseline} à {target} en {days} jours",
    titleAlt: "Faire passer l'indicateur « {kpi} » de {baseline} à {target} en {days} jours",
    rationaleGoal: "Vous avez fixé cet objectif, et l'indicateur « {kpi} » est la façon la plus claire de le mesurer.",
    rationaleDefault: "L'indicateur « {kpi} » est le premier signe que le travail sur {proven} touche {segment}.",
    statedTarget: "La cible est le chiffre que vous avez indiqué.",
    estimatedTarget:
      "Point de départ et cible sont des repères du secteur pour {kindA} en {stage} ; remplacez-les par vos propres données dès la première semaine.",
    extraGoals: "Il couvre aussi vos objectifs : {goals}.",
    baselineBasis: "Valeur courante pour {kindA} en {stage} ; remplacez-la par votre propre chiffre",
    baselineNew: "Départ de zéro en {stage}",
    targetBasis: "Progression de référence pour un plan ciblé de 90 jours",
    horizonBasis: "Le rythme de 90 jours prolongé sur {months} mois",
    statedBasis: "Indiqué dans votre objectif",
    scaledBasis: "D'après votre objectif : {goal}",
    growthKpi: "Croissance : {kpi}",
    growthBaselineBasis: "Le niveau actuel sert de point de départ",
  },
  strategy: {
    approach: {
      idea: "Valider la demande avant de dépenser : utiliser {proven} pour constituer une liste d'attente de {customers}, tester l'offre et le prix avec un petit budget, puis seulement passer à l'échelle.",
      launch:
        "Gagner vite les premiers {customers} : rendre {name} facile à trouver via {proven}, transformer chaque premier client en avis ou en recommandation, et limiter la publicité payante tant que le message ne convertit pas.",
      growth:
        "Amplifier ce qui marche déjà : mettre l'essentiel du budget sur {proven}, ajouter {next} pour toucher davantage {segment}, et mener une seule expérimentation à la fois avec le reste.",
      established:
        "Défendre et approfondir : garder {name} en tête grâce à {proven}, faire revenir les {customers} qui se sont éloignés, et utiliser {next} pour ouvrir un nouveau segment sans diluer la marque.",
    },
    local: "L'effort reste local : d'abord {region}, là où {name} est facile d'accès.",
    online: "Chaque canal alimente un seul parcours mesurable, du premier clic à l'achat.",
    b2b: "Les clients professionnels d'abord, avec {b2bAngle} comme offre d'entrée.",
    premium: "Prix, présentation et partenaires signalent tous le haut de gamme.",
    promotion: "Miser sur {proven} ; soutenir avec {next} ; tester {experimental}. Chaque contenu répète un message : {message}",
    premiumPrice:
      "Prix dans le haut du marché, en expliquant pourquoi : {reason}. Éviter les remises ; ajouter de la valeur (réservation prioritaire, extras, éditions limitées).",
    people:
      "{team} qui connaissent l'offre et les habitués par leur prénom ; formez-les aux trois messages clés et à la demande d'avis.",
    process: "Un parcours simple et rapide du premier contact à l'achat, avec un suivi après chaque première visite ou commande.",
    physicalEvidence:
      "Avis, photos de vraies réalisations et de vrais clients, et une présence en ligne soignée à la hauteur de l'expérience.",
    funnel: {
      awareness: {
        goal: "Que {audience} {inRegion} sachent que {name} existe",
        metric: "Portée et vues du profil",
        tactic: "Publier régulièrement là où {audience} passent déjà du temps",
      },
      consideration: {
        goal: "Donner une raison de choisir {name} plutôt que les alternatives",
        metric: "Visites du site et demandes",
        tactic: "Montrer des preuves : avis, exemples avant/après et réponses aux objections courantes",
      },
      conversion: {
        goal: "Transformer l'intérêt en premier achat ou première réservation",
        metric: "Premiers achats ou réservations",
        tactic: "Réduire l'étape suivante à un clic ou un appel, avec une offre claire pour une première fois",
      },
      retention: {
        goal: "Faire revenir les nouveaux {customers}",
        metric: "Taux de retour",
        tactic: "Relancer sous 48 heures avec un remerciement et une raison de revenir",
      },
      advocacy: {
        goal: "Faire des {customers} satisfaits des auteurs d'avis et des prescripteurs",
        metric: "Nouveaux avis et recommandations",
        tactic: "Demander un avis au moment de satisfaction maximale et récompenser les recommandations",
      },
    },
  },
  channels: {
    targetBasis: "Estimation pour un budget {band} ; à ajuster après le premier mois",
    focusTactic: "Faire de {channel} le premier endroit où apparaît chaque campagne, avec sa propre cible hebdomadaire",
  },
  budget: {
    free: "{free} ne coûtent que du temps : ils ont des tactiques mais aucune part du budget.",
    stated: "{budget} par mois est le montant que vous avez fixé.",
    estimated:
      "Aucun budget n'a été indiqué : {budget} par mois est une estimation pour {kindA} en {stage}. Les petites entreprises consacrent en général 7 à 8 % de leur chiffre d'affaires au marketing, celles qui visent la croissance 12 à 20 %.",
    changed: "{budget} par mois, soit {change} les {previous} précédents.",
    changeDown: "{percent} % de moins que",
    changeUp: "{percent} % de plus que",
    split: "{proven} reçoivent 70 %, {next} 20 % et {experimental} 10 % : la répartition éprouvé/suivant/expérimental.",
    splitAlt:
      "70 % soutiennent ce qui marche ({proven}), 20 % développent les canaux suivants ({next}) et 10 % financent l'expérimentation ({experimental}).",
    tiny: "Avec un budget aussi réduit, le plan se concentre sur trois canaux peu coûteux où le temps compte plus que l'argent.",
    large:
      "Un budget de cette taille finance des canaux payants à une échelle qui permet de vérifier les résultats en quelques semaines.",
    cacRange:
      "Gagner un client coûte d'ordinaire de {low} à {high} dans ce secteur : {budget} par mois devrait en apporter environ {fewest} à {most} ; mesurez le coût réel dès le premier mois.",
    estimateBasis: "Dépense marketing mensuelle courante pour {kindA} en {stage}",
    changedBasis: "{change} les {previous} indiqués",
    changedEstimateBasis: "{change} l'estimation précédente de {previous}",
  },
  roadmap: {
    focus: [
      "Fondations : être trouvé, mesurer et obtenir des avis",
      "Élan : ajouter les canaux suivants et lancer la première campagne",
      "Optimisation : tester, couper ce qui ne marche pas et préparer le trimestre suivant",
    ],
    tracking: {
      title: "Mettre en place le suivi et relever le point de départ de chaque KPI",
      deliverable: "Un tableau de bord d'une page avec les chiffres de la première semaine",
    },
    interviews: {
      title: "Interroger cinq personnes du public cible ({segment})",
      deliverable: "Des notes sur leurs mots, leurs objections et les endroits où ils cherchent",
    },
    campaign: {
      title: "Lancer la première campagne autour de : {objective}",
      deliverable: "Campagne en ligne sur {channels} avec une cible hebdomadaire",
    },
    reviews: {
      title: "Demander un avis ou une recommandation à chaque client satisfait",
      deliverable: "Une demande rédigée, un lien ou un QR code et un décompte hebdomadaire",
    },
    optimise: {
      title: "Déplacer le budget de la tactique la plus faible vers la plus forte",
      deliverable: "Un budget réaffecté, avec la raison notée par écrit",
    },
    review: {
      title: "Bilan à 90 jours au regard des objectifs",
      deliverable: "Résultats, enseignements et plan du trimestre suivant",
    },
  },
  calendar: {
    extra: [
      "Dans les coulisses de {name}",
      "Témoignage : pourquoi ce client a choisi {name}",
      "Réponse à une question fréquente sur {offer}",
      "L'offre du mois pour {audience}",
    ],
  },
  kpis: {
    customDefinition: "Combien de {thing} vous avez, comptés comme l'indique votre objectif",
    weekly: "Comparer les indicateurs avancés à la cible et décider d'une amélioration pour la semaine",
    monthly:
      "Comparer les dépenses au budget de {budget} et les résultats de chaque canal ; déplacer l'argent du canal le plus faible vers le plus fort",
    quarterly: "Revoir les objectifs, actualiser personas et messages, et fixer la feuille de route des 90 prochains jours",
    rangeBasis: "Fourchette habituelle ({industry}) : de {low} à {high} ; viser le milieu, puis votre propre chiffre",
    targetBasis: "Cible à 90 jours ; repère pour {kindA} en {stage}",
  },
  risks: {
    budget: {
      risk: "Le budget est trop mince pour toucher {segment} assez souvent",
      mitigation: "Se concentrer sur trois canaux et des tactiques organiques plutôt que se disperser",
      contingency: "Mettre en pause le canal expérimental et reporter sa part sur le meilleur canal éprouvé",
    },
    time: {
      risk: "Le plan dépend du temps du dirigeant, qui disparaît les semaines chargées",
      mitigation: "Préparer les contenus une fois par semaine et garder deux semaines d'avance",
      contingency: "Se limiter aux deux canaux éprouvés jusqu'à ce que la charge retombe",
    },
    tracking: {
      risk: "Sans suivi fiable, le budget suit des opinions plutôt que des résultats",
      mitigation: "Mettre en place liens de suivi, suivi d'appels ou codes promo avant de dépenser",
      contingency: "Demander à chaque nouveau client comment il a connu {name} et le noter",
    },
    dependency: {
      risk: "Trop de demande dépend de {channel} ; un changement de commission ou d'algorithme pourrait la couper du jour au lendemain",
      mitigation: "Recueillir l'e-mail ou le téléphone de chaque client, avec son accord, pour maîtriser la relation",
      contingency: "Basculer le budget vers les canaux directs et écrire à la liste avec une raison de revenir",
    },
    costs: {
      risk: "Le coût de la publicité augmente plus vite que les résultats, car les concurrents enchérissent sur le même public",
      mitigation: "Fixer un coût maximal par acquisition et le vérifier chaque semaine",
      contingency: "Couper les ensembles d'annonces les plus faibles et investir dans la fidélisation et le parrainage",
    },
  },
  assumptions: {
    industry:
      "La description correspond au secteur {industry}, plus précisément à {kindA} ; dites-le-nous si ce n'est pas le cas.",
    generic:
      "Aucun secteur précis n'a été reconnu : le plan part de vos propres mots ({offer}) avec des repères généraux pour petites entreprises ; indiquez votre secteur pour l'affiner.",
    model: "Le plan traite {name} comme {model}, qui atteint ses clients {reach}.",
    stageStated: "Stade déduit de la description : {stage}.",
    stageAssumed: "Aucun stade n'a été indiqué : le plan suppose que {name} est déjà en activité ({stage}).",
    budget: "Aucun budget n'a été indiqué ; {budget} par mois est une estimation.",
    currency: "Devise supposée : {currency} ; changez-la si vous vendez ailleurs.",
    region: "Aucune zone n'a été indiquée : le choix des canaux suppose des clients proches de {name} ou en ligne.",
    audience: "Aucun public cible n'a été indiqué : le plan commence par {segment}.",
    timeframe: "Aucune durée n'a été indiquée : le plan couvre {months} mois, avec 90 premiers jours détaillés.",
    benchmarks: "Les chiffres marqués comme estimations sont des repères du secteur, pas vos données.",
    language:
      "Le planificateur intégré n'écrit qu'en anglais, espagnol, français ou allemand ; ce plan est donc en anglais (langue demandée : {language}).",
    ignored: "Des passages de la description qui ressemblaient à des instructions pour une IA ont été ignorés.",
    goalsFolded: "Les objectifs au-delà du sixième sont rattachés à l'objectif le plus proche.",
    questions: {
      sales: "Combien de clients servez-vous lors d'un mois normal, et combien vaut un achat typique ?",
      capacity: "Qui s'occupe du marketing au quotidien, et combien d'heures par semaine peut-il y consacrer ?",
      budget: "Quel budget mensuel pouvez-vous engager pour les trois prochains mois ?",
      audience: "Qui sont aujourd'hui vos meilleurs clients, et qu'ont-ils en commun ?",
      region: "D'où viennent la plupart de vos clients ?",
    },
  },
};
