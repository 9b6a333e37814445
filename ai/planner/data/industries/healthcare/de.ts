import type { IndustryCopy } from "../../../i18n/types";
import { de as generic } from "../generic/de";

/** Words specific to this industry; the rest reads from the owner's own offer through the general copy. */
export const de = {
  ...generic,
  label: "Praxis",
  kinds: {
    dental: { noun: "Zahnarztpraxis", a: "eine Zahnarztpraxis", the: "die Zahnarztpraxis" },
    therapy: { noun: "Praxis", a: "eine Praxis", the: "die Praxis" },
  },
  customers: "Patienten",
  offer: "Behandlung und Vorsorge",
  team: "Behandler und Empfang",
  overview:
    "Patienten wählen eine Praxis nach Vertrauen und Bequemlichkeit: Bewertungen, klare Preise, Online-Termine und der Umgang mit Neupatienten entscheiden.",
  segments: [
    {
      name: "Patienten aus der Umgebung",
      description: "Patienten {inRegion}, die {offer} in einer Praxis suchen, in der sie sich sicher fühlen",
      needs: ["Zuhören ohne Zeitdruck", "Klare Preise und einfache Terminbuchung"],
    },
    generic.segments[1],
    generic.segments[2],
  ],
  personas: [
    {
      name: "Sabine, die neue Patientin",
      summary: "Hat {offer} lange aufgeschoben und sucht eine Praxis, die erklärt statt urteilt.",
      demographics: "30-55, wohnt oder arbeitet {inRegion}",
      goals: ["Behandlung ohne Angst und Kostenüberraschung"],
      painPoints: ["Wartezeiten und unklare Preise"],
      objections: ["Tut es weh, und was kostet es?"],
      quote: "Man hat mir vorher alles erklärt.",
    },
    {
      name: "Margit, bucht für den Vater",
      summary:
        "Vereinbart und begleitet die Termine ihres Vaters und will einen barrierefreien Zugang, verständliche Befunde und Zeit für Fragen.",
      demographics: "50-70, pflegt einen Elternteil über 75 {inRegion}",
      goals: ["Termine, die ihren Vater nicht erschöpfen", "Erklärungen, die sie der Familie weitergeben kann"],
      painPoints: ["Gehetzte Termine", "Eine Telefonleitung, die immer besetzt ist"],
      objections: ["Gibt es Parkplätze und einen barrierefreien Zugang?"],
      quote: "Wenn man mit Papa spricht und nicht nur mit mir, bleiben wir jahrelang.",
    },
  ],
  positioning: {
    need: "{offer} bei Menschen wollen, die zuhören",
    benefit: "jeden Schritt und Preis vor der Behandlung erklärt",
    reason: "jeder Neupatient Zeit für Fragen und einen schriftlichen Plan bekommt",
    promise: "Behandlung, die erklärt wird, zum vorher genannten Preis.",
  },
} satisfies IndustryCopy;
