import type { IndustryCopy } from "../../../i18n/types";

export const fr = {
  label: "éducation",
  kinds: {
    tutoring: { noun: "organisme de soutien scolaire", a: "un organisme de soutien scolaire", the: "l'organisme" },
    courses: { noun: "organisme de formation", a: "un organisme de formation", the: "l'organisme de formation" },
    school: { noun: "école", a: "une école", the: "l'école" },
  },
  customers: "élèves",
  offer: "des cours et des formations",
  team: "Enseignants et formateurs",
  b2bAngle: "la formation des salariés et les cours en groupe pour les employeurs",
  overview:
    "L'éducation est un achat de confiance : familles et apprenants comparent les structures sur les résultats, les avis et les enseignants, souvent pendant des semaines, avec des pics à l'approche des examens et à la rentrée. Le bouche-à-oreille et la recherche en ligne dominent les inscriptions.",
  trends: [
    "Familles et apprenants comparent en ligne et attendent un cours d'essai ou un bilan gratuit",
    "Les formats hybrides et en ligne élargissent la zone de recrutement au-delà du quartier",
    "Les inscriptions suivent le calendrier scolaire et les dates d'examen",
  ],
  competitors: [
    {
      name: "Grands réseaux et franchises",
      strengths: "Noms connus, programmes structurés et budgets marketing",
      weaknesses: "Pédagogie standardisée et groupes plus grands",
      edge: "{name} offre une attention personnelle et des enseignants qui s'adaptent à chaque élève",
    },
    {
      name: "Plateformes en ligne",
      strengths: "Énorme choix d'enseignants et prix bas",
      weaknesses: "Qualité variable et aucune continuité",
      edge: "Des enseignants qualifiés et stables, et des progrès visibles dans la durée",
    },
    {
      name: "Contenus gratuits et travail en autonomie",
      strengths: "Gratuits et disponibles à toute heure",
      weaknesses: "Ni structure, ni correction, ni suivi",
      edge: "Une structure, des corrections et quelqu'un qui garde l'élève sur les rails",
    },
  ],
  swot: {
    strengths: ["Des enseignants qualifiés aux résultats réels", "Une relation personnelle avec élèves et familles"],
    weaknesses: ["Capacité limitée par les heures des enseignants", "Pics d'inscriptions et mois creux"],
    opportunities: [
      "Cours d'essai et bilans gratuits qui convertissent bien",
      "Partenariats avec établissements scolaires, employeurs et associations",
      "Formats en ligne ou en groupe qui augmentent la capacité",
    ],
    threats: ["Plateformes en ligne à bas prix", "Réformes des examens ou des programmes"],
  },
  segments: [
    {
      name: "Les parents d'élèves",
      description: "Des parents qui cherchent un soutien avant les examens ou pour redonner confiance",
      needs: ["Des enseignants qualifiés et de confiance", "Des progrès visibles et un suivi"],
    },
    {
      name: "Les apprenants adultes",
      description: "Des adultes qui se forment pour une reconversion, une promotion ou par intérêt",
      needs: ["Des horaires souples ou du distanciel", "Un résultat clair ou une certification"],
    },
    {
      name: "Les établissements et les entreprises",
      description: "Des organisations qui achètent des cours en groupe ou des formations",
      needs: ["Une animation fiable et des comptes rendus", "Un prix clair par groupe"],
    },
  ],
  personas: [
    {
      name: "Laura, la maman qui accompagne",
      summary: "Veut que son enfant reprenne confiance et réussisse ses prochains examens.",
      demographics: "35-50 ans, parent d'un élève de 10 à 17 ans, habite à proximité",
      goals: ["De meilleures notes et plus de confiance pour son enfant", "Un enseignant de confiance"],
      painPoints: ["Ne pas savoir si le soutien fonctionne", "Caler les horaires avec l'école et les activités"],
      objections: ["Est-ce que ça vaut le prix ?", "Mon enfant s'entendra-t-il avec l'enseignant ?"],
      quote: "Je veux juste revoir mon enfant aimer apprendre et arriver prêt aux examens.",
    },
    {
      name: "Omar, en reconversion",
      summary: "Se forme le soir pour changer de métier et a besoin d'un chemin clair vers un résultat.",
      demographics: "25-45 ans, actif en poste, se forme en ligne ou après le travail",
      goals: ["Acquérir une compétence ou une certification reconnue", "Concilier formation et travail"],
      painPoints: ["Des formations trop théoriques", "Perdre le rythme"],
      objections: ["Aurai-je le temps ?", "Est-ce que ça mènera à un meilleur emploi ?"],
      quote: "Montrez-moi où j'en serai dans six mois et je m'engage.",
    },
  ],
  positioning: {
    need: "veulent de vrais progrès avec un enseignant qui s'implique",
    benefit: "transforme {offer} en progrès mesurables et en confiance",
    reason: "chaque élève a un enseignant qualifié, un plan et un suivi régulier",
    promise: "Des enseignants qualifiés, un plan clair et des progrès qui se voient.",
  },
  messages: [
    "Réservez un cours d'essai gratuit",
    "Des enseignants qualifiés, des parcours personnalisés",
    "Des progrès visibles, chaque mois",
  ],
  mix: {
    product: "{offer}, organisés en parcours avec bilan de départ, objectifs clairs et comptes rendus de progression.",
    price:
      "Forfaits trimestriels ou mensuels avec cours d'essai gratuit ; formules en groupe moins chères ; réductions fratrie ou parrainage.",
    place: "En présentiel {inRegion} et en ligne, avec réservation en ligne des cours d'essai.",
    people: "Des enseignants qualifiés avec profil et diplômes visibles, et le même enseignant pour chaque élève.",
    process: "Cours d'essai ou bilan gratuit, plan écrit, comptes rendus réguliers et point avant chaque nouveau trimestre.",
    physicalEvidence:
      "Résultats et témoignages avec accord, diplômes des enseignants, un lieu d'étude soigné et des supports clairs.",
  },
  risks: [
    {
      risk: "Les inscriptions se concentrent sur quelques semaines et la capacité sature",
      mitigation: "Ouvrir des préinscriptions avant chaque pic et tenir une liste d'attente",
      contingency: "Ajouter des séances en groupe ou des créneaux en ligne pour absorber la demande",
    },
    {
      risk: "Les élèves décrochent quand les progrès stagnent",
      mitigation: "Partager un compte rendu chaque mois et célébrer les étapes franchies",
      contingency: "Proposer un bilan gratuit et ajuster le plan",
    },
  ],
  topics: [
    "Rencontrez nos enseignants et leur façon d'enseigner",
    "Conseils de révision pour la prochaine période d'examens",
    "Réussite d'un élève (avec son accord)",
    "Cours d'essai gratuit : comment réserver",
    "Bilan de progression et plan du prochain trimestre",
    "Parrainez un ami : un cours offert à chacun",
  ],
  questions: [
    "Combien d'élèves accompagnez-vous aujourd'hui, et combien de plus pouvez-vous accueillir ?",
    "Quand ont lieu vos pics d'inscription, et combien paie un élève par trimestre ou par formation ?",
  ],
} satisfies IndustryCopy;
