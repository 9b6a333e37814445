import type { IndustryCopy } from "../../../i18n/types";

export const de = {
  label: "kleines Unternehmen",
  kinds: { business: { noun: "Unternehmen", a: "ein Unternehmen", the: "das Unternehmen" } },
  customers: "Kunden",
  offer: "Produkte und Leistungen",
  team: "Team mit Kundenkontakt",
  b2bAngle: "regelmäßige Aufträge von Betrieben aus der Region",
  overview:
    "Kleine Unternehmen {inRegion} konkurrieren mit größeren Anbietern um Aufmerksamkeit, die mehr ausgeben. Wer wächst, ist leicht zu finden, sagt klar, was er für wen anbietet, und macht zufriedene Kunden zu Bewertungen und Empfehlungen.",
  trends: [
    "Kunden recherchieren online, vergleichen Bewertungen und erwarten schnelle Antworten vor dem Kauf",
    "Kurzvideos und echte Einblicke hinter die Kulissen wirken besser als polierte Werbung",
    "Stammkunden und Empfehlungen sind günstiger zu gewinnen als Neukunden",
  ],
  competitors: [
    {
      name: "Größere etablierte Wettbewerber",
      strengths: "Bekanntheit, größere Budgets und mehr Reichweite",
      weaknesses: "Weniger persönlich und langsamer in der Anpassung",
      edge: "{name} bietet persönlichen Service, Flexibilität und einen klaren Schwerpunkt",
    },
    {
      name: "Online-Alternativen",
      strengths: "Bequem und oft günstiger",
      weaknesses: "Austauschbar, mit wenig Beratung oder Service",
      edge: "Fachwissen und eine Beziehung, die Kunden online nicht bekommen",
    },
    {
      name: "Nichts tun oder selbst machen",
      strengths: "Keine Kosten vorab",
      weaknesses: "Das Problem bleibt oder wird später teurer",
      edge: "Ein klarer, bezahlbarer erster Schritt, der den Nutzen schnell zeigt",
    },
  ],
  swot: {
    strengths: ["Persönlicher Service von Inhaber und Team", "Flexibilität, sich schneller anzupassen als große Wettbewerber"],
    weaknesses: ["Geringe Bekanntheit außerhalb der bestehenden Kunden", "Kleines Marketingbudget und wenig Zeit"],
    opportunities: [
      "Bewertungen und Empfehlungen zufriedener Kunden",
      "Kooperationen mit ergänzenden Betrieben vor Ort",
      "Suchanfragen von Menschen, die bereits nach {offer} suchen",
    ],
    threats: ["Größere Wettbewerber mit mehr Budget", "Steigende Kosten, die die Marge drücken"],
  },
  segments: [
    {
      name: "Menschen, die {offer} suchen",
      description: "Menschen, die aktiv nach {offer} suchen und einige Optionen vergleichen",
      needs: ["Eine schnelle, klare Antwort und ein Preis", "Belege, dass {name} zuverlässig ist"],
    },
    {
      name: "Bestehende und frühere Kunden",
      description: "Menschen, die {nameAcc} schon kennen und wieder kaufen oder weiterempfehlen könnten",
      needs: ["Ein Grund wiederzukommen", "Einfache Wege, weiterzuempfehlen"],
    },
    {
      name: "Betriebe und Partner aus der Region",
      description: "Organisationen, die regelmäßig kaufen oder ihre eigenen Kunden weiterleiten könnten",
      needs: ["Zuverlässigkeit und klare Konditionen", "Gegenseitiger Nutzen"],
    },
  ],
  personas: [
    {
      name: "Anna, die aktiv Suchende",
      summary: "Braucht {offer}, sucht online und kontaktiert die zwei, drei Anbieter, die am vertrauenswürdigsten wirken.",
      demographics: "30–55 Jahre, aus der Gegend, sucht am Handy",
      goals: ["Schnell einen zuverlässigen Anbieter finden", "Ein gutes Preis-Leistungs-Verhältnis"],
      painPoints: ["Langsame oder gar keine Antworten", "Unklare Preise"],
      objections: ["Von {nameDat} noch nie gehört", "Anderswo günstiger"],
      quote: "Wenn die Bewertungen gut sind und schnell geantwortet wird, probiere ich es.",
    },
    {
      name: "Georg, der treue Kunde",
      summary: "Hat schon gekauft, war zufrieden und würde wiederkommen oder empfehlen, wenn man ihn erinnert.",
      demographics: "35–65 Jahre, bestehender Kunde",
      goals: ["Mit Menschen zu tun haben, die er kennt und denen er vertraut", "Nicht wieder suchen müssen"],
      painPoints: ["Vergessen, neu zu buchen oder nachzubestellen", "Sich als selbstverständlich behandelt fühlen"],
      objections: ["Hat gerade nicht daran gedacht"],
      quote: "Ich würde sie weiterempfehlen, aber gefragt hat mich noch nie jemand.",
    },
  ],
  positioning: {
    need: "{offer} von jemandem wollen, dem sie vertrauen können",
    benefit: "macht den Kauf einfach, persönlich und verlässlich",
    reason: "es von Menschen geführt wird, denen jeder Kunde wichtig ist und die schnell antworten",
    promise: "Persönlicher Service, auf den Sie sich verlassen können – von Menschen, die schnell antworten.",
  },
  messages: [
    "Persönlicher Service, schnelle Antworten",
    "Kunden {inRegion} vertrauen uns: lesen Sie die Bewertungen",
    "Melden Sie sich noch heute",
  ],
  mix: {
    product: "{offer}, klar erklärt, mit einem Leitangebot, das man weiterempfehlen kann.",
    price: "Klare, veröffentlichte Preise oder Ab-Preise; Pakete statt Rabatte.",
    place: "Für Kunden {inRegion}, mit Online-Kontakt und -Buchung.",
    people: "Ein Team, das schnell antwortet und Kunden beim Namen kennt.",
    process: "Antwort innerhalb eines Werktags, klare nächste Schritte und Nachfassen nach jedem Kauf.",
    physicalEvidence: "Bewertungen, Fotos echter Arbeiten und eine gepflegte Website und Google-Präsenz.",
  },
  risks: [
    {
      risk: "Das Angebot ist unklar, und Besucher gehen, ohne Kontakt aufzunehmen",
      mitigation: "Überschrift und Angebot mit fünf Kunden testen, bevor Geld in Anzeigen fließt",
      contingency: "Startseite und Profil um die Frage herum neu schreiben, die Kunden am häufigsten stellen",
    },
    {
      risk: "Die Nachfrage kommt in Spitzen, die das Team nicht bewältigt",
      mitigation: "Ein einfaches Buchungs- oder Anfragesystem mit automatischen Antworten einrichten",
      contingency: "Werbung in Spitzenzeiten pausieren und eine Warteliste führen",
    },
  ],
  topics: [
    "Die Menschen hinter {nameDat}",
    "So arbeiten wir: was Sie bei {nameDat} erwartet",
    "Kundengeschichte: ein Problem, das wir gelöst haben",
    "Das Angebot des Monats und wie Sie es bekommen",
    "Dankeschön und Tipp für bestehende Kunden",
    "Bewertung im Fokus und Einladung zur Empfehlung",
  ],
  questions: [
    "Was kaufen Kunden am häufigsten bei Ihnen, und was ist das im Schnitt wert?",
    "Woher kommen Ihre besten Kunden heute?",
  ],
} satisfies IndustryCopy;
