import type { IndustryCopy } from "../../../i18n/types";

export const de = {
  label: "B2B-Software (SaaS)",
  kinds: { saas: { noun: "SaaS-Unternehmen", a: "ein SaaS-Unternehmen", the: "die Software" } },
  customers: "Kunden",
  offer: "Software, die Teams Stunden spart",
  team: "Customer-Success-Team",
  b2bAngle: "Team- und Unternehmenslizenzen",
  overview:
    "B2B-Einkäufer recherchieren den Großteil des Weges allein: Sie suchen, lesen Vergleiche und Bewertungen auf G2 oder Capterra und fragen Kollegen, bevor sie mit dem Vertrieb sprechen. Eine klare Positionierung auf ein schmerzhaftes Problem schlägt Funktionslisten.",
  trends: [
    "Einkäufer erwarten einen kostenlosen Test oder eine interaktive Demo, bevor sie mit dem Vertrieb sprechen",
    "Bewertungsportale und Empfehlungen von Kollegen zählen mehr als Herstellerinhalte",
    "Budgets werden genau geprüft; ein klarer ROI verkürzt die Verkaufszyklen",
  ],
  competitors: [
    {
      name: "Etablierte All-in-one-Suiten",
      strengths: "Markenvertrauen, breiter Funktionsumfang, bestehende Verträge mit der IT",
      weaknesses: "Komplex, teuer und langsam bei Nischenanforderungen",
      edge: "{name} löst eine Aufgabe besser, ist in Tagen eingerichtet und im Betrieb günstiger",
    },
    {
      name: "Andere spezialisierte Start-ups",
      strengths: "Modernes Produkt, aggressive Preise und viel Content",
      weaknesses: "Dünner Support und häufige Kurswechsel",
      edge: "Mehr Fokus auf den Zielkunden und Belege von echten Kunden",
    },
    {
      name: "Tabellen und Eigenlösungen",
      strengths: "Kostenlos, vertraut und völlig flexibel",
      weaknesses: "Fehleranfällig, langsam und von einer Person abhängig",
      edge: "Jede Woche gesparte Stunden und weniger Fehler – mit Zahlen belegt",
    },
  ],
  swot: {
    strengths: ["Produkt rund um ein klares Problem gebaut", "Gründer nah an den Kunden und schnell beim Verbessern"],
    weaknesses: ["Geringe Markenbekanntheit und wenige öffentliche Fallstudien", "Lange Verkaufszyklen belasten die Liquidität"],
    opportunities: [
      "Integrationen und Partnerverzeichnisse, die qualifizierten Traffic bringen",
      "Vergleichs- und Alternativseiten für Einkäufer, die bereits suchen",
      "Kundenfallstudien, die zu Content, Anzeigen und Vertriebsmaterial werden",
    ],
    threats: ["Große Plattformen ergänzen eine ähnliche Funktion", "Budgetstopps verlängern die Verkaufszyklen"],
  },
  segments: [
    {
      name: "Operations-Verantwortliche in Unternehmen mit 20–200 Mitarbeitenden",
      description: "Führungskräfte, die den Prozess verantworten, den {name} verbessert, und den Schmerz jede Woche spüren",
      needs: ["Schnelle Einführung ohne IT-Projekt", "Belege, dass es Zeit oder Geld spart"],
    },
    {
      name: "Gründer und Geschäftsführer kleiner Teams",
      description: "Entscheider, die Tools selbst kaufen und schnelle Erfolge wollen",
      needs: ["Einfache Preise und ein kostenloser Test", "Schnelles Onboarding"],
    },
    {
      name: "IT und Einkauf im Mittelstand",
      description: "Die Instanz, die Sicherheit, Integrationen und Verträge freigibt",
      needs: ["Antworten zu Sicherheit und Compliance", "Klare Vertragsbedingungen"],
    },
  ],
  personas: [
    {
      name: "Petra, die Operations-Managerin",
      summary: "Steuert einen Prozess, der von Tabellen zusammengehalten wird, und will ein Tool, das ihr Team wirklich nutzt.",
      demographics: "30–45 Jahre, Operations- oder Teamleitung in einem Unternehmen mit 50 Mitarbeitenden",
      goals: ["Handarbeit und Fehler reduzieren", "Der Geschäftsführung messbare Verbesserungen zeigen"],
      painPoints: ["Tools, deren Einführung Monate dauert", "Daten verstreut in Tabellen"],
      objections: ["Wir haben keine Zeit für einen Wechsel", "Passt es zu unseren bestehenden Tools?"],
      quote: "Wenn das Team es in einer Woche nutzt und ich die gesparten Stunden zeigen kann, ist es ein klares Ja.",
    },
    {
      name: "Alex, der Gründer als Käufer",
      summary: "Führt ein kleines Unternehmen und kauft Software nach kurzem Test per Kreditkarte.",
      demographics: "28–50 Jahre, Gründer oder Geschäftsführer, 5–30 Mitarbeitende",
      goals: ["Das Problem ohne Neueinstellung lösen", "Planbare Kosten"],
      painPoints: ["Vertriebsanrufe, bevor man das Produkt sieht", "Preise pro Nutzer, die explodieren"],
      objections: ["Noch ein Abo mehr", "Unsicher, ob das Team es annimmt"],
      quote: "Lassen Sie es mich erst selbst testen; wenn es funktioniert, zahle ich.",
    },
  ],
  positioning: {
    need: "jede Woche Stunden mit Handarbeit und verstreuten Tools verlieren",
    benefit: "bringt Teams in Tagen statt Monaten zum Arbeiten, mit messbaren Ergebnissen",
    reason: "die Software genau für diese Aufgabe gebaut ist und nicht an eine Suite angeflanscht",
    promise: "Ein teures Problem schnell lösen – und es mit Zahlen belegen.",
  },
  messages: [
    "In Tagen eingeführt, nicht in Monaten",
    "Für Teams wie Ihres gebaut, von Kunden wie Ihnen bewährt",
    "Sehen Sie schon im ersten Monat, wie viel Zeit Sie sparen",
  ],
  mix: {
    product:
      "{offer}, mit einem Onboarding, das ein Team in der ersten Woche zum ersten Ergebnis führt, und Integrationen in die vorhandenen Tools.",
    price:
      "Transparente Tarife mit kostenlosem Test; Rabatt für Jahrespläne; Preis nach Wertmetrik statt pro Nutzer, wo möglich.",
    place:
      "Selbstregistrierung auf der Website, unterstützt vom Vertrieb für größere Kunden und von Einträgen auf Bewertungsportalen und Integrationsmarktplätzen.",
  },
  risks: [
    {
      risk: "Testkonten melden sich an, werden aber nicht aktiv: Die Pipeline sieht gut aus, der Umsatz folgt nicht",
      mitigation: "Den Aktivierungsmoment definieren und jeden Test per E-Mail und In-App-Hinweis dorthin führen",
      contingency: "Jeden stockenden Test anrufen und die größte Onboarding-Hürde beseitigen",
    },
    {
      risk: "Ein größerer Wettbewerber kopiert die Kernfunktion",
      mitigation: "Belege, Integrationen und Kundenbeziehungen aufbauen, die sich nicht schnell kopieren lassen",
      contingency: "Eine Vergleichsseite veröffentlichen und den Vertrieb mit Wechselangeboten ausstatten",
    },
  ],
  topics: [
    "Die versteckten Kosten der Handarbeit – und wie {name} sie beseitigt",
    "Praxisleitfaden: das Problem in fünf Schritten lösen",
    "Vergleich: {name} gegen Tabellen und Suiten",
    "Kundenfallstudie mit Vorher-nachher-Zahlen",
    "Neue Funktion im Überblick für bestehende Kunden",
    "Kunde im Porträt und Einladung zur Empfehlung",
  ],
  questions: [
    "Wie hoch sind aktuell Ihr MRR, Ihr durchschnittlicher Vertragswert, Ihre Test-Conversion und Ihre Kündigungsrate?",
    "Wie lange dauert ein typischer Verkaufszyklus, und wer gibt den Kauf frei?",
  ],
} satisfies IndustryCopy;
