import type { IndustryCopy } from "../../../i18n/types";
import { fr as generic } from "../generic/fr";

/** Words specific to this industry; the rest reads from the owner's own offer through the general copy. */
export const fr = {
  ...generic,
  label: "photographie",
  kinds: {
    portrait: { noun: "studio photo", a: "un studio photo", the: "le studio photo" },
    commercial: {
      noun: "studio de photo commerciale",
      a: "un studio de photo commerciale",
      the: "le studio de photo commerciale",
    },
  },
  customers: "clients",
  offer: "séances photo",
  team: "Photographes",
  overview:
    "On choisit un photographe sur son portfolio et sur recommandation ; la plupart des réservations commencent sur Instagram, Google ou par un proche.",
  segments: [
    {
      name: "Les clients qui réservent une séance",
      description: "Particuliers et entreprises {inRegion} qui veulent des {offer} dans un style déjà repéré",
      needs: ["Un portfolio qui montre leur type de séance", "Des formules et des délais clairs"],
    },
    generic.segments[1],
    generic.segments[2],
  ],
  personas: [
    {
      name: "Camille, qui réserve une séance",
      summary: "A une date en tête et compare deux ou trois portfolios avant de réserver.",
      demographics: "28-45 ans, habite {inRegion}, découvre des photographes sur Instagram",
      goals: ["Des photos à encadrer et partager"],
      painPoints: ["Les photographes lents à répondre ou sans prix affichés"],
      objections: ["Les photos ressembleront-elles au portfolio ?"],
      quote: "J'ai réservé celle dont les photos m'ont touchée.",
    },
    {
      name: "Nadia, responsable marketing en quête d'images",
      summary:
        "A besoin de photos pour le site, LinkedIn et un lancement, et cherche un photographe qui suit un brief et livre à temps.",
      demographics: "30-50 ans, responsable marketing d'une PME",
      goals: ["Une banque d'images cohérente pour l'année", "Des droits d'usage clairs dès le départ"],
      painPoints: ["Des séances qui débordent et perturbent les bureaux", "Attendre des semaines les fichiers retouchés"],
      objections: ["Quelles sont les conditions de cession des droits ?"],
      quote: "Respectez le brief et le délai, et vous ferez tous nos lancements.",
    },
  ],
  positioning: {
    need: "veulent des {offer} fidèles au portfolio qui les a convaincus",
    benefit: "transforme une séance en photos qu'on encadre et qu'on partage",
    reason: "chaque séance est préparée avec le client et la livraison convenue à l'avance",
    promise: "Des photos à encadrer, livrées à la date promise.",
  },
} satisfies IndustryCopy;
