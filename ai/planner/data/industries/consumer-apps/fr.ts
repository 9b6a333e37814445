import type { IndustryCopy } from "../../../i18n/types";

export const fr = {
  label: "applications grand public",
  kinds: {
    app: { noun: "application mobile", a: "une application mobile", the: "l'application" },
    game: { noun: "jeu mobile", a: "un jeu mobile", the: "le jeu" },
  },
  customers: "utilisateurs",
  offer: "une application mobile",
  team: "Équipe communauté et support",
  b2bAngle: "les abonnements pour les équipes ou les employeurs",
  overview:
    "Les stores sont saturés et les installations payantes coûtent cher : les applications qui gagnent combinent une fiche store percutante, de la vidéo sociale organique et une bonne rétention dès le début. La plupart des utilisateurs décident dès la première session de garder ou non une application.",
  trends: [
    "La vidéo courte fait découvrir les applications bien plus que la navigation dans les stores",
    "Les évolutions de la confidentialité rendent le ciblage des installations payantes plus difficile et plus cher",
    "Les abonnements récompensent la rétention plus que le nombre brut d'installations",
  ],
  competitors: [
    {
      name: "Leaders de la catégorie aux gros budgets",
      strengths: "Notoriété, premières places dans les stores et gros budgets publicitaires",
      weaknesses: "Fonctions surchargées et expérience générique",
      edge: "{name} fait une chose mieux, pour un groupe d'utilisateurs bien défini",
    },
    {
      name: "Applications indépendantes similaires",
      strengths: "Itérations rapides et communautés de niche",
      weaknesses: "Peu de contenu et peu de support",
      edge: "Une expérience soignée et une communauté active",
    },
    {
      name: "Alternatives gratuites ou ne rien faire",
      strengths: "Aucun coût, aucune nouvelle habitude",
      weaknesses: "Le problème reste entier",
      edge: "Une première session qui montre la valeur en moins d'une minute",
    },
  ],
  swot: {
    strengths: ["Un produit centré sur un usage clair", "La capacité de livrer et tester vite"],
    weaknesses: ["Peu de notoriété et peu de notes", "Une rétention pas encore prouvée à grande échelle"],
    opportunities: [
      "Partenariats créateurs et vidéos courtes qui montrent l'application en action",
      "Optimisation des stores sur les recherches à forte intention",
      "Boucles de parrainage et partage intégrés au produit",
    ],
    threats: ["La hausse du coût par installation", "Les changements de règles ou d'algorithmes des stores"],
  },
  segments: [
    {
      name: "Les premiers utilisateurs passionnés",
      description: "Des utilisateurs qui cherchent activement de meilleurs outils ou jeux dans cette catégorie",
      needs: ["Une approche nouvelle qui vaut le changement", "Une communauté avec qui partager"],
    },
    {
      name: "Le grand public concerné par le problème",
      description: "Des personnes qui ont besoin de ce que fait {name} mais ne cherchent pas d'application",
      needs: ["Une valeur immédiate et évidente", "Rien à apprendre"],
    },
    {
      name: "Les utilisateurs partis",
      description: "Des personnes qui ont installé l'application puis arrêté de l'utiliser",
      needs: ["Une raison de revenir", "Ce qui a changé depuis leur départ"],
    },
  ],
  personas: [
    {
      name: "Zoé, l'early adopter",
      summary: "Teste de nouvelles applications chaque semaine, suit des créateurs de la niche et partage ce qu'elle aime.",
      demographics: "18-34 ans, tout sur mobile, active sur TikTok et Reddit",
      goals: ["Trouver des applications vraiment meilleures", "Être la première à partager une pépite"],
      painPoints: ["Les applis qui demandent de payer avant de montrer leur valeur", "Les publicités qui coupent l'expérience"],
      objections: ["Encore un abonnement ?", "Est-ce qu'elle existera encore l'an prochain ?"],
      quote: "Si elle est bien dès la première minute, j'en parle à tout le monde.",
    },
    {
      name: "Sam, l'utilisateur pragmatique",
      summary: "Veut régler un problème sur son téléphone avec le moins d'effort possible.",
      demographics: "25-50 ans, occupé, utilise quelques applications chaque jour",
      goals: ["Gagner du temps ou se divertir sans effort", "Que ça reste simple"],
      painPoints: ["Les inscriptions compliquées", "Trop de notifications"],
      objections: ["J'ai déjà quelque chose qui marche", "Des doutes sur la confidentialité"],
      quote: "Que ce soit évident et qu'on ne me spamme pas.",
    },
  ],
  positioning: {
    need: "veulent {offer} qui mérite une place sur leur écran d'accueil",
    benefit: "montre sa valeur dès la première minute et s'améliore chaque semaine",
    reason: "elle est construite autour d'une seule chose faite de façon exceptionnelle, avec une communauté qui la fait évoluer",
    promise: "De la valeur dès la première minute, et une raison de revenir chaque jour.",
  },
  messages: [
    "Essayez gratuitement : de la valeur dès la première minute",
    "Les utilisateurs l'adorent : voyez les notes",
    "Du nouveau chaque semaine, façonné avec notre communauté",
  ],
  mix: {
    product: "{offer}, avec un démarrage qui mène au premier succès en une session et des mises à jour régulières.",
    price:
      "Téléchargement gratuit avec modèle freemium ou essai ; abonnement annuel remisé ; achats intégrés qui ne bloquent jamais l'essentiel.",
    place: "App Store et Google Play, avec une page web pour le partage et la recherche.",
  },
  risks: [
    {
      risk: "Les installations augmentent mais les utilisateurs partent dès la première semaine",
      mitigation: "Mesurer la rétention à J1 et J7 et corriger le démarrage avant d'augmenter les dépenses",
      contingency: "Suspendre les installations payantes et consacrer un sprint au démarrage",
    },
    {
      risk: "Le coût par installation dépasse la valeur d'un utilisateur",
      mitigation: "Fixer un coût maximal par installation d'après la valeur vie client et le revoir chaque semaine",
      contingency: "Basculer le budget vers les créateurs, l'optimisation des stores et le parrainage",
    },
  ],
  topics: [
    "L'application en 15 secondes : l'usage principal",
    "Astuces et fonctions cachées que la plupart ignorent",
    "Histoire d'utilisateur ou record de la semaine",
    "Nouvelle mise à jour : ce qui change et pourquoi",
    "Récompense de retour pour les utilisateurs inactifs",
    "Défi communautaire et récompense de parrainage",
  ],
  questions: [
    "Quelles sont votre rétention à J1, J7 et J30 et votre conversion vers le payant ?",
    "Que vaut un utilisateur sur un an, et combien coûtent les installations aujourd'hui ?",
  ],
} satisfies IndustryCopy;
