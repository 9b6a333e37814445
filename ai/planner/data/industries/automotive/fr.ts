import type { IndustryCopy } from "../../../i18n/types";
import { fr as generic } from "../generic/fr";

/** Words specific to this industry; the rest reads from the owner's own offer through the general copy. */
export const fr = {
  ...generic,
  label: "garage automobile",
  kinds: { garage: { noun: "garage", a: "un garage", the: "le garage" } },
  customers: "automobilistes",
  offer: "entretien et réparation automobile",
  team: "Mécaniciens et accueil",
  overview:
    "Les automobilistes choisissent un garage sur la confiance : avis Google, devis clairs et prise de rendez-vous en ligne décident, et un client confiant revient des années.",
  segments: [
    {
      name: "Automobilistes du secteur",
      description: "Automobilistes {inRegion} qui ont besoin d'{offer} et veulent un garage de confiance",
      needs: ["Un devis honnête avant les travaux", "La voiture prête à l'heure"],
    },
    generic.segments[1],
    generic.segments[2],
  ],
  personas: [
    {
      name: "Nicolas, l'automobiliste pressé",
      summary: "A besoin de sa voiture pour travailler et veut un travail bien fait, à l'heure, sans surprise.",
      demographics: "30-60 ans, roule tous les jours, habite {inRegion}",
      goals: ["Une voiture fiable"],
      painPoints: ["Les garages qui ajoutent des travaux"],
      objections: ["Vont-ils me surfacturer ?"],
      quote: "Donnez-moi le prix avant et rendez-la à 17 h.",
    },
    {
      name: "Karim, gérant d'une petite flotte",
      summary:
        "Gère trois ou quatre utilitaires pour son entreprise et veut des rendez-vous calés sur les chantiers, avec une seule facture par mois.",
      demographics: "35-60 ans, patron d'une entreprise de plomberie ou de livraison, véhicules sur la route tous les jours",
      goals: ["Des utilitaires immobilisés le moins d'heures possible", "Un garage qui connaît l'historique de chaque véhicule"],
      painPoints: ["Un utilitaire bloqué à l'atelier en attendant des pièces", "Des surprises sur la facture"],
      objections: ["Pouvez-vous nous prendre tôt, avant la journée de travail ?"],
      quote: "Chaque jour où un utilitaire reste au garage me coûte un chantier.",
    },
  ],
  positioning: {
    need: "ont besoin d'{offer} par un garage de confiance",
    benefit: "fait un devis avant d'intervenir et rend la voiture à l'heure",
    reason: "chaque intervention a un devis écrit et des photos des pièces",
    promise: "Des prix honnêtes, dans les délais.",
  },
} satisfies IndustryCopy;
