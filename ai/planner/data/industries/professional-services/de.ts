import type { IndustryCopy } from "../../../i18n/types";

export const de = {
  label: "freiberufliche Dienstleistungen",
  kinds: {
    accounting: { noun: "Steuer- und Buchhaltungskanzlei", a: "eine Steuer- und Buchhaltungskanzlei", the: "die Kanzlei" },
    legal: { noun: "Anwaltskanzlei", a: "eine Anwaltskanzlei", the: "die Kanzlei" },
    consulting: { noun: "Unternehmensberatung", a: "eine Unternehmensberatung", the: "die Beratung" },
  },
  customers: "Mandanten",
  offer: "fachkundige Beratung",
  team: "Mandantenbetreuer",
  b2bAngle: "laufende Mandate für Unternehmen",
  overview:
    "Mandanten wählen ihre Berater nach Vertrauen: Die meisten kommen über Empfehlungen und prüfen dann Website, Bewertungen und LinkedIn, bevor sie ein Erstgespräch anfragen. Kanzleien, die klar sagen, was sie für wen zu welchem Preis tun, machen aus diesem Interesse deutlich mehr Mandate.",
  trends: [
    "Mandanten vergleichen Kanzleien online und erwarten klare Leistungspakete und Pauschalhonorare",
    "Software und KI automatisieren Routinearbeit; der Wert liegt in Beratung und Beziehung",
    "Empfehlungen bringen weiter die besten Mandanten, doch vorher werden Bewertungen und LinkedIn geprüft",
  ],
  competitors: [
    {
      name: "Große regionale und überregionale Kanzleien",
      strengths: "Marke, breites Fachwissen und namhafte Mandanten",
      weaknesses: "Teuer, Berufseinsteiger bei kleineren Mandaten, langsame Antworten",
      edge: "{name} bietet Betreuung durch erfahrene Berater, schnelle Antworten und vorab vereinbarte Honorare",
    },
    {
      name: "Einzelberater und kleine Kanzleien vor Ort",
      strengths: "Niedrige Preise und persönliche Beziehung",
      weaknesses: "Begrenzte Kapazität und Spezialisierung, kaum Online-Präsenz",
      edge: "Ein klarer Schwerpunkt und eine professionelle, einfache Mandantenerfahrung",
    },
    {
      name: "Online-Dienste und Selbermachen",
      strengths: "Günstig, schnell und rund um die Uhr verfügbar",
      weaknesses: "Kein Urteilsvermögen, keine Verantwortung, wenn etwas schiefgeht",
      edge: "Beratung zur konkreten Situation und jemand, den man anrufen kann",
    },
  ],
  swot: {
    strengths: ["Fachwissen, das anderswo schwer zu finden ist", "Empfehlungsbeziehungen zu bestehenden Mandanten"],
    weaknesses: [
      "Umsatz hängt an abrechenbaren Stunden und der Zeit der Partner",
      "Wenig sichtbare Belege online (Bewertungen, Fallbeispiele)",
    ],
    opportunities: [
      "Paketierte Leistungen zum Festpreis, die sich leicht beauftragen lassen",
      "Inhalte und Webinare, die die häufigsten Mandantenfragen beantworten",
      "Kooperationen mit ergänzenden Beratern, die dieselben Mandanten betreuen",
    ],
    threats: [
      "Automatisierung und günstige Online-Dienste drücken die Honorare",
      "Regulatorische Änderungen erfordern schnelle Anpassung",
    ],
  },
  segments: [
    {
      name: "Inhabergeführte kleine Unternehmen",
      description:
        "Betriebe mit 1–50 Personen, in denen die Inhaberin oder der Inhaber entscheidet und einen vertrauten Berater schätzt",
      needs: ["Klare Beratung ohne Fachchinesisch", "Planbare Honorare"],
    },
    {
      name: "Wachsende Unternehmen mit komplexem Bedarf",
      description: "Firmen, die Personal, Gesellschaften oder Märkte hinzufügen und spezialisierte Hilfe brauchen",
      needs: ["Vorausschauende Beratung, bevor Probleme entstehen", "Ein Team, das mitwächst"],
    },
    {
      name: "Privatpersonen mit einem konkreten Anliegen",
      description: "Menschen vor einem bestimmten Ereignis wie Umzug, Streitfall, Erbschaft oder Steuererklärung",
      needs: ["Schnelle, beruhigende Antworten", "Ein Festpreis für den Auftrag"],
    },
  ],
  personas: [
    {
      name: "Martin, der Unternehmer",
      summary: "Führt ein Unternehmen mit 15 Mitarbeitenden und will einen Berater, der Klartext spricht und ans Telefon geht.",
      demographics: "40–60 Jahre, Gründer oder Geschäftsführer eines KMU",
      goals: ["Alle Pflichten erfüllen, ohne sich zu sorgen", "Mit klaren Zahlen oder Empfehlungen besser entscheiden"],
      painPoints: ["Berater, die sich nur mit der Rechnung melden", "Fachchinesisch und überraschende Honorare"],
      objections: ["Ein Beraterwechsel ist aufwendig", "Hat eine kleine Kanzlei genug Expertise?"],
      quote: "Ich will jemanden, der mir vor der Frist sagt, was zu tun ist, nicht danach.",
    },
    {
      name: "Claudia, die Privatmandantin",
      summary: "Hat ein konkretes Problem und vergleicht zwei oder drei Kanzleien online, bevor sie anruft.",
      demographics: "30–65 Jahre, berufstätig, sucht online",
      goals: ["Das Problem schnell lösen", "Die Kosten vorher kennen"],
      painPoints: ["Nicht wissen, wem man vertrauen kann", "Stundenhonorare ohne Obergrenze"],
      objections: ["Kann ich mir das leisten?", "Kennt sich diese Kanzlei mit meinem Fall aus?"],
      quote: "Sagen Sie mir, was es kostet und wie lange es dauert.",
    },
  ],
  positioning: {
    need: "fachkundige Hilfe wollen, der sie vertrauen können, ohne Überraschungen beim Honorar",
    benefit: "berät klar und erfahren, mit vorab vereinbarten Honoraren",
    reason: "die Kanzlei sich auf Mandanten wie sie konzentriert und innerhalb eines Werktags antwortet",
    promise: "Fachkundige Beratung in klarer Sprache, zu einem vorab vereinbarten Preis.",
  },
  messages: [
    "Klare Beratung, feste Honorare, keine Überraschungen",
    "Erfahrene Experten, die ans Telefon gehen",
    "Mandanten wie Sie vertrauen uns: lesen Sie ihre Geschichten",
  ],
  mix: {
    product:
      "{offer}, gebündelt in klare Leistungen mit definiertem Umfang, plus ein Einstiegsangebot wie ein Check zum Festpreis.",
    price: "Pauschalen oder Monatspakete, wo immer möglich; Stundensätze nur für offene Aufträge; kostenloses Erstgespräch.",
    place: "Büro {inRegion} und Videotermine; Online-Buchung für Erstgespräche.",
    people: "Erfahrene Berater mit sichtbaren Profilen, Fotos und Qualifikationen; jeder Mandant kennt seine Ansprechperson.",
    process:
      "Kostenloses 20-Minuten-Erstgespräch, schriftliches Angebot innerhalb von zwei Tagen, Onboarding-Checkliste und regelmäßige Abstimmungen.",
    physicalEvidence:
      "Professionelle Website mit Honoraren, Fallbeispielen, Bewertungen und Qualifikationen; Angebote und Berichte im eigenen Design.",
  },
  risks: [
    {
      risk: "Die Zeit der Partner ist ausgebucht, und das Marketing stoppt, sobald Arbeit hereinkommt",
      mitigation: "Zwei Stunden pro Woche fest für Marketing blocken und das Veröffentlichen delegieren",
      contingency: "In Hochphasen nur Empfehlungen und Newsletter weiterlaufen lassen",
    },
    {
      risk: "Eine Beschwerde oder schlechte Bewertung schadet dem Vertrauen in einem empfehlungsgetriebenen Geschäft",
      mitigation: "Erwartungen schriftlich festhalten und bei jedem Meilenstein um Feedback bitten",
      contingency: "Persönlich und professionell antworten und den fehlerhaften Ablauf korrigieren",
    },
  ],
  topics: [
    "Die fünf häufigsten Mandantenfragen – beantwortet",
    "Fristen-Erinnerung und Checkliste für {customers}",
    "Fallbeispiel: wie wir einem Mandanten wie Ihnen geholfen haben",
    "Unser Festpreispaket erklärt: was enthalten ist",
    "Quartals-Update für bestehende Mandanten",
    "Mandantengeschichte und Einladung zur Empfehlung",
  ],
  questions: [
    "Was bringt ein neuer Mandant im ersten Jahr im Schnitt, und wie viele können Sie pro Monat aufnehmen?",
    "Welche Leistungen möchten Sie ausbauen, und welche Mandanten sind am profitabelsten?",
  ],
} satisfies IndustryCopy;
