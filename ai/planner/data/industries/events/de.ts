import type { IndustryCopy } from "../../../i18n/types";
import { de as generic } from "../generic/de";

/** Words specific to this industry; the rest reads from the owner's own offer through the general copy. */
export const de = {
  ...generic,
  label: "Events",
  kinds: {
    planning: { noun: "Eventagentur", a: "eine Eventagentur", the: "die Eventagentur" },
    hire: { noun: "Eventverleih", a: "ein Eventverleih", the: "der Eventverleih" },
  },
  customers: "Kunden",
  offer: "Eventplanung",
  team: "Eventteam",
  overview:
    "Events werden Monate im Voraus und vor allem auf Vertrauen gebucht: Referenzen, Bewertungen und eine schnelle erste Antwort entscheiden.",
  segments: [
    {
      name: "Menschen, die ein Event planen",
      description: "Paare und Veranstalter {inRegion}, die {offer} in gute Hände geben wollen",
      needs: ["Ein Team, das den Stress abnimmt", "Ein klares Angebot ohne Überraschungen"],
    },
    generic.segments[1],
    generic.segments[2],
  ],
  personas: [
    {
      name: "Katharina, die ein Fest plant",
      summary: "Hat Termin und Budget und will die {offer} jemandem mit Erfahrung überlassen.",
      demographics: "27-45, plant ein Event {inRegion}",
      goals: ["Ein Tag, der läuft, ohne dass sie alles steuern muss"],
      painPoints: ["Dienstleister, die abtauchen oder nachträglich Kosten aufschlagen"],
      objections: ["Bleibt es wirklich im Budget?"],
      quote: "Ich will den Tag genießen und wissen, dass jemand alles im Griff hat.",
    },
    {
      name: "Daniel, Office-Manager mit Firmenfeier",
      summary:
        "Plant Sommerfest und Weihnachtsfeier der Firma neben seinem eigentlichen Job und braucht eine Feier, die ohne ihn läuft.",
      demographics: "28-50, Office- oder Betriebsleitung in einem Unternehmen mit 30 bis 300 Beschäftigten",
      goals: ["Eine Feier, über die man aus den richtigen Gründen spricht", "Ein Anbieter, der alles übernimmt"],
      painPoints: ["Mehreren Dienstleistern wegen Angeboten hinterherlaufen", "Kurzfristige Änderungen der Gästezahl"],
      objections: ["Geht das mit einem festen Budget pro Kopf?"],
      quote: "Wenn ich die Feier selbst genießen kann, haben Sie alles richtig gemacht.",
    },
  ],
  positioning: {
    need: "die {offer} sorgenfrei abgeben wollen",
    benefit: "jedes Detail plant und schnell antwortet",
    reason: "jedes Event eine feste Ansprechperson und einen schriftlichen Plan hat",
    promise: "Ihr Event, in guten Händen.",
  },
} satisfies IndustryCopy;
