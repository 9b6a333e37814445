import type { IndustryCopy } from "../../../i18n/types";
import { fr as generic } from "../generic/fr";

/** Words specific to this industry; the rest reads from the owner's own offer through the general copy. */
export const fr = {
  ...generic,
  label: "cabinet de santé",
  kinds: {
    dental: { noun: "cabinet dentaire", a: "un cabinet dentaire", the: "le cabinet dentaire" },
    therapy: { noun: "cabinet", a: "un cabinet", the: "le cabinet" },
  },
  customers: "patients",
  offer: "soins et bilans",
  team: "Praticiens et accueil",
  overview:
    "Les patients choisissent un cabinet sur la confiance et la praticité : avis, tarifs clairs, prise de rendez-vous en ligne et accueil des nouveaux patients décident.",
  segments: [
    {
      name: "Patients du secteur",
      description: "Des patients {inRegion} qui cherchent des {offer} dans un cabinet où ils se sentent en confiance",
      needs: ["Être écoutés sans être pressés", "Des tarifs clairs et un rendez-vous facile"],
    },
    generic.segments[1],
    generic.segments[2],
  ],
  personas: [
    {
      name: "Isabelle, nouvelle patiente",
      summary: "Repousse ses {offer} depuis longtemps et cherche un cabinet qui explique sans juger.",
      demographics: "30-55 ans, habite ou travaille {inRegion}",
      goals: ["Se soigner sans angoisse ni surprise"],
      painPoints: ["Les délais et les tarifs flous"],
      objections: ["Est-ce que ça fera mal, et combien ça coûtera ?"],
      quote: "On m'a tout expliqué avant de commencer.",
    },
    {
      name: "Monique, qui prend rendez-vous pour son père",
      summary:
        "Prend et accompagne les rendez-vous de son père et veut un accès de plain-pied, des courriers clairs et le temps de poser ses questions.",
      demographics: "50-70 ans, aidante d'un parent de plus de 75 ans {inRegion}",
      goals: ["Des rendez-vous qui ne fatiguent pas son père", "Des explications à transmettre à la famille"],
      painPoints: ["Des consultations expédiées", "Un standard toujours occupé"],
      objections: ["Y a-t-il un parking et un accès de plain-pied ?"],
      quote: "S'ils parlent à papa et pas seulement à moi, nous resterons des années.",
    },
  ],
  positioning: {
    need: "veulent des {offer} par des praticiens à l'écoute",
    benefit: "explique chaque étape et chaque tarif avant le soin",
    reason: "chaque nouveau patient a le temps de poser ses questions et un plan écrit",
    promise: "Des soins expliqués, au prix annoncé.",
  },
} satisfies IndustryCopy;
