import type { IndustryCopy } from "../../../i18n/types";
import { fr as generic } from "../generic/fr";

/** Words specific to this industry; the rest reads from the owner's own offer through the general copy. */
export const fr = {
  ...generic,
  label: "événementiel",
  kinds: {
    planning: { noun: "organisateur d'événements", a: "un organisateur d'événements", the: "l'organisateur d'événements" },
    hire: {
      noun: "loueur de matériel événementiel",
      a: "un loueur de matériel événementiel",
      the: "le loueur de matériel événementiel",
    },
  },
  customers: "clients",
  offer: "organisation d'événements",
  team: "Équipe événementielle",
  overview:
    "Les événements se réservent des mois à l'avance et surtout sur la confiance : portfolio, avis et rapidité de la première réponse font la différence.",
  segments: [
    {
      name: "Les personnes qui préparent un événement",
      description: "Couples et organisateurs {inRegion} qui cherchent une {offer} à qui tout confier",
      needs: ["Une équipe qui enlève le stress", "Un devis clair, sans surprise"],
    },
    generic.segments[1],
    generic.segments[2],
  ],
  personas: [
    {
      name: "Julie, qui prépare le grand jour",
      summary: "A une date et un budget et veut confier l'{offer} à quelqu'un d'expérimenté.",
      demographics: "27-40 ans, prépare un événement {inRegion}",
      goals: ["Une journée réussie sans tout gérer"],
      painPoints: ["Les prestataires injoignables ou les frais ajoutés"],
      objections: ["Le budget sera-t-il vraiment tenu ?"],
      quote: "Je veux juste profiter et savoir que tout est géré.",
    },
    {
      name: "Julien, l'office manager qui organise la soirée",
      summary:
        "Organise la fête d'été et la soirée de fin d'année de l'entreprise en plus de son poste, et veut que tout tourne sans lui.",
      demographics: "28-50 ans, office manager dans une entreprise de 30 à 300 salariés",
      goals: ["Un événement dont on parle pour les bonnes raisons", "Un seul prestataire qui gère tout"],
      painPoints: ["Relancer plusieurs prestataires pour des devis", "Des changements d'effectif au dernier moment"],
      objections: ["Pouvez-vous tenir un budget fixe par personne ?"],
      quote: "Si je peux profiter de la soirée moi aussi, le contrat est rempli.",
    },
  ],
  positioning: {
    need: "veulent une {offer} sans souci",
    benefit: "prépare chaque détail et répond vite",
    reason: "chaque événement a un responsable nommé et un plan écrit",
    promise: "Votre événement, pris en main, pour en profiter.",
  },
} satisfies IndustryCopy;
