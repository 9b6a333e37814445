import type { IndustryCopy } from "../../../i18n/types";

export const de = {
  label: "Kreativagentur",
  kinds: {
    design: { noun: "Designstudio", a: "ein Designstudio", the: "das Studio" },
    marketing: { noun: "Marketingagentur", a: "eine Marketingagentur", the: "die Agentur" },
    video: { noun: "Videoproduktion", a: "eine Videoproduktion", the: "die Produktion" },
  },
  customers: "Kunden",
  offer: "kreative Leistungen",
  team: "Projektleitungen",
  b2bAngle: "Retainer für interne Marketingteams",
  overview:
    "Kunden wählen Agenturen nach Portfolio, Empfehlungen und Chemie. Das meiste Neugeschäft kommt über Empfehlungen und eine klare Spezialisierung; Generalisten konkurrieren über den Preis mit Freelancern und zunehmend mit KI-Tools.",
  trends: [
    "Kunden wollen Spezialisten mit Referenzen in ihrer Branche statt Generalisten",
    "KI-Tools machen einfache Produktion zur Massenware; Wert entsteht durch Strategie und Qualität",
    "Retainer und produktisierte Leistungen ersetzen Einzelprojekte",
  ],
  competitors: [
    {
      name: "Große Full-Service-Agenturen",
      strengths: "Namhafte Kunden, breites Leistungsspektrum und Preise",
      weaknesses: "Teuer, langsam und Junior-Teams bei kleineren Etats",
      edge: "{name} bietet erfahrene Köpfe, Tempo und einen festen Leistungsumfang",
    },
    {
      name: "Freelancer und Plattformen",
      strengths: "Niedrige Kosten und Flexibilität",
      weaknesses: "Begrenzte Kapazität, keine Strategie, schwankende Zuverlässigkeit",
      edge: "Ein verlässliches Team mit Prozess und strategischem Denken",
    },
    {
      name: "Interne Teams und KI-Tools",
      strengths: "Nah am Geschäft und günstig für einfache Aufgaben",
      weaknesses: "Begrenzte Fähigkeiten und wenig Außenblick",
      edge: "Spezialistenqualität und Ideen, für die interne Teams keine Zeit haben",
    },
  ],
  swot: {
    strengths: ["Starkes Portfolio und kreatives Talent", "Enge Beziehungen zu bestehenden Kunden"],
    weaknesses: [
      "Auftragslage schwankt und hängt an Empfehlungen",
      "Die Zeit der Gründer ist zwischen Umsetzung und Vertrieb geteilt",
    ],
    opportunities: [
      "Eine klare Nische (Branche oder Leistung), die Empfehlungen erleichtert",
      "Produktisierte Pakete und Retainer für planbaren Umsatz",
      "Kooperationen mit ergänzenden Agenturen und Plattformen",
    ],
    threats: ["Preisdruck durch Freelancer und KI-Tools", "Budgetkürzungen der Kunden in schwierigen Zeiten"],
  },
  segments: [
    {
      name: "Marketingleitungen wachsender Unternehmen",
      description: "Marketingverantwortliche in Unternehmen mit 20–200 Mitarbeitenden, die mehr Arbeit als Team haben",
      needs: ["Ein verlässlicher Partner, der die Marke versteht", "Arbeit, die Geschäftszahlen bewegt"],
    },
    {
      name: "Gründer und Inhaber kleiner Unternehmen",
      description: "Inhaber, die {offer} brauchen, um professionell aufzutreten und Kunden zu gewinnen",
      needs: ["Klarer Umfang und Preis", "Beratung, nicht nur Umsetzung"],
    },
    {
      name: "Andere Agenturen und interne Teams",
      description: "Teams, die Spitzen oder Spezialaufgaben auslagern",
      needs: ["Schnelle Lieferung", "Verlässlichkeit als White Label"],
    },
  ],
  personas: [
    {
      name: "Lisa, die überlastete Marketingleiterin",
      summary: "Führt ein kleines Marketingteam mit großen Zielen und sucht einen Partner, dem sie die Marke anvertrauen kann.",
      demographics: "30–45 Jahre, Marketingleiterin in einem wachsenden Unternehmen",
      goals: ["Kampagnen liefern, die die Ziele erreichen", "Vor der Geschäftsführung gut dastehen"],
      painPoints: ["Agenturen, die das Briefing verfehlen", "Endlose Korrekturschleifen"],
      objections: ["Wir hatten schlechte Erfahrungen mit einer Agentur", "Budgetfreigaben dauern"],
      quote: "Ich brauche einen Partner, der es beim ersten Mal trifft und mich gut aussehen lässt.",
    },
    {
      name: "Marco, der Gründer",
      summary:
        "Führt ein wachsendes Unternehmen und weiß, dass Marke oder Marketing nicht mehr zur Qualität des Produkts passen.",
      demographics: "30–55 Jahre, Gründer eines Unternehmens mit 5–50 Mitarbeitenden",
      goals: ["So professionell auftreten wie größere Wettbewerber", "Mehr Kunden gewinnen"],
      painPoints: ["Nicht wissen, wie ein gutes Ergebnis aussieht", "Unklare Preise"],
      objections: ["Lohnt sich die Investition?", "Wie lange dauert das?"],
      quote: "Sagen Sie mir, was es kostet und was ich bekomme, und zeigen Sie mir, dass Sie das schon gemacht haben.",
    },
  ],
  positioning: {
    need: "{offer} brauchen, die Geschäftszahlen bewegen und nicht nur gut aussehen",
    benefit: "liefert {offer} mit erfahrener Strategie und klarem Umfang",
    reason: "die Agentur sich auf Kunden wie sie spezialisiert und Ergebnisse misst, nicht nur Lieferungen",
    promise: "Kreative Arbeit, die gut aussieht und Zahlen bewegt – mit erfahrenen Köpfen in jedem Projekt.",
  },
  messages: [
    "Erfahrene Köpfe in jedem Projekt",
    "Klarer Umfang, fester Preis, keine Überraschungen",
    "Sehen Sie die Ergebnisse für Kunden wie Sie",
  ],
  mix: {
    product:
      "{offer}, gebündelt in definierte Leistungen und Retainer, mit einem Einstiegsangebot wie einem Workshop oder Audit.",
    price:
      "Festpreispakete und Monats-Retainer; Tagessätze nur für offene Aufgaben; bezahlte Discovery-Phase bei großen Projekten.",
    place: "Überwiegend remote, Workshops vor Ort, wo es zählt; Website und Portfolio als Schaufenster.",
    people: "Erfahrene Leads, sichtbar auf der Website und in jedem Pitch; eine feste Projektleitung pro Kunde.",
    process:
      "Kennenlerngespräch, schriftliches Angebot innerhalb von drei Tagen, Kick-off-Workshop, vereinbarte Feedbackrunden und Ergebnisbericht.",
    physicalEvidence: "Fallstudien mit Ergebnissen, Portfolio, Kundenlogos, Referenzen und Auszeichnungen.",
  },
  risks: [
    {
      risk: "Die Umsetzung frisst die Zeit für Neugeschäft",
      mitigation: "Wöchentlich Zeit für Akquise blocken und nach festem Plan veröffentlichen",
      contingency: "Bei dünner Pipeline Empfehlungen und frühere Kunden priorisieren",
    },
    {
      risk: "Ein großer Kunde macht zu viel des Umsatzes aus",
      mitigation: "Kein Kunde über 25 % des Umsatzes",
      contingency: "Sofort Direktansprache der Zielliste und produktisierte Angebote starten",
    },
  ],
  topics: [
    "Fallstudie: Briefing, Arbeit, Ergebnis",
    "Unsere Meinung zu einem Branchentrend",
    "Hinter den Kulissen eines Projekts bei {nameDat}",
    "Paketangebot erklärt: Umfang, Zeitplan, Preis",
    "Kunden-Newsletter: Ideen für das nächste Quartal",
    "Kundenstimme und Dank für die Empfehlung",
  ],
  questions: [
    "Wie hoch ist Ihr durchschnittlicher Projekt- oder Retainer-Wert, und wie viele neue Kunden können Sie pro Quartal aufnehmen?",
    "Welche Branchen und Leistungen bringen Ihnen die besten Kunden und Margen?",
  ],
} satisfies IndustryCopy;
