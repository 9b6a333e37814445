import type { IndustryCopy } from "../../../i18n/types";

export const de = {
  label: "Beauty",
  kinds: {
    salon: { noun: "Salon", a: "ein Salon", the: "der Salon" },
    spa: { noun: "Kosmetikstudio", a: "ein Kosmetikstudio", the: "das Studio" },
    cosmetics: { noun: "Kosmetikmarke", a: "eine Kosmetikmarke", the: "die Marke" },
  },
  customers: "Kundinnen und Kunden",
  offer: "Beauty-Behandlungen",
  team: "Stylisten und Kosmetikerinnen",
  b2bAngle: "Wellness-Tage und Gutscheine für Firmen",
  overview:
    "Beauty ist visuell und lebt von Vertrauen: Kundinnen entdecken Salons und Marken über Instagram, TikTok und Google-Bewertungen, buchen online und bleiben eher einer Person treu als einer Marke. Folgebuchungen und Empfehlungen entscheiden über die Rentabilität.",
  trends: [
    "Behandlungen und Produkte werden über Kurzvideos und Vorher-nachher-Fotos entdeckt und beurteilt",
    "Online-Buchung und Erinnerungen sind selbstverständlich, mit Anzahlung gegen Ausfälle",
    "Die Nachfrage nach natürlicher, cleaner und individueller Schönheit wächst weiter",
  ],
  competitors: [
    {
      name: "Salonketten und Massenmarken",
      strengths: "Bequeme Standorte, Aktionen und bekannte Marke",
      weaknesses: "Gehetzter Service, Standardergebnisse und wenig persönliche Beratung",
      edge: "{name} bietet persönliche Aufmerksamkeit, Expertenrat und Ergebnisse, die man fotografieren will",
    },
    {
      name: "Unabhängige Spezialistinnen und Indie-Marken",
      strengths: "Treue Anhängerschaft und eigener Stil",
      weaknesses: "Begrenzte Termine und unzuverlässige Buchung oder Lieferung",
      edge: "Ein professionelles Erlebnis von der Buchung bis zur Nachpflege, mit gleichbleibender Qualität",
    },
    {
      name: "Behandlungen zu Hause und Drogerieprodukte",
      strengths: "Günstig und bequem",
      weaknesses: "Wechselhafte Ergebnisse und keine Beratung",
      edge: "Expertenergebnisse und Beratung, die ein Produkt allein nicht bieten kann",
    },
  ],
  swot: {
    strengths: [
      "Qualifiziertes Team mit persönlicher Beziehung zur Kundschaft",
      "Sehr visuelle Ergebnisse, die sich in Social Media von selbst verkaufen",
    ],
    weaknesses: ["Kapazität begrenzt durch die Zeit jeder Fachkraft", "Umsatz hängt an wenigen Schlüsselpersonen"],
    opportunities: [
      "Pakete, Mitgliedschaften und Gutscheine, die Umsatz und Treue erhöhen",
      "Produktverkauf und Nachpflege als Zusatzumsatz pro Besuch",
      "Buchungen für Hochzeiten, Events und Firmen",
    ],
    threats: ["Billiganbieter und Rabattplattformen", "Schlüsselpersonen, die gehen und Kundschaft mitnehmen"],
  },
  segments: [
    {
      name: "Stammkundschaft zur Pflege",
      description: "Menschen, die alle paar Wochen buchen und ihre vertraute Spezialistin schätzen",
      needs: ["Gleichbleibende Ergebnisse bei derselben Person", "Einfache Folgebuchung"],
    },
    {
      name: "Kundschaft für besondere Anlässe",
      description: "Menschen, die sich auf Hochzeiten, Events oder Urlaub vorbereiten",
      needs: ["Sicherheit beim Ergebnis", "Verfügbarkeit an einem bestimmten Datum"],
    },
    {
      name: "Selbstfürsorge und Geschenkekäufer",
      description: "Menschen, die sich etwas gönnen oder Gutscheine und Produkte verschenken",
      needs: ["Ein hochwertiges, entspannendes Erlebnis", "Einfache Gutscheine und Geschenksets"],
    },
  ],
  personas: [
    {
      name: "Sophie, die treue Stammkundin",
      summary: "Bucht alle fünf Wochen und folgt ihrer Stylistin oder Kosmetikerin auf Instagram.",
      demographics: "28–50 Jahre, berufstätig, wohnt oder arbeitet in der Nähe",
      goals: ["Mit wenig Aufwand gut aussehen und sich wohlfühlen", "Eine Spezialistin, die ihre Vorlieben kennt"],
      painPoints: ["Kurzfristige Absagen", "Jedes Mal neu erklären müssen, was sie möchte"],
      objections: ["Ihr jetziger Salon ist in Ordnung", "Preiserhöhungen"],
      quote: "Wenn ich jemanden finde, der es genau trifft, gehe ich nirgendwo anders mehr hin.",
    },
    {
      name: "Nina, die ein Event plant",
      summary: "Hat eine Hochzeit oder ein Event vor sich und prüft Bewertungen und Fotos genau, bevor sie bucht.",
      demographics: "25–40 Jahre, plant ein Event, sucht online",
      goals: ["Auf den Fotos perfekt aussehen", "Am großen Tag kein Risiko eingehen"],
      painPoints: ["Unsicherheit, ob das Ergebnis den Fotos entspricht", "Ausgebuchte Kalender"],
      objections: ["Kann ich vorher echte Ergebnisse sehen?", "Ist ein Probetermin möglich?"],
      quote: "Zeigen Sie mir echte Ergebnisse und Bewertungen, dann buche ich heute den Probetermin.",
    },
  ],
  positioning: {
    need: "Ergebnisse wollen, die sie lieben, von jemandem, der zuhört",
    benefit: "bietet {offer} mit Expertenberatung und Ergebnissen, die fotoreif sind",
    reason: "jede Kundin von einer Spezialistin betreut wird, die ihre Vorlieben kennt",
    promise: "Ergebnisse, die Sie lieben, von Spezialistinnen, die sich genau merken, wie Sie es mögen.",
  },
  messages: [
    "Ergebnisse, die Sie fotografieren wollen",
    "Spezialistinnen, die zuhören und sich erinnern",
    "In 30 Sekunden online buchen",
  ],
  mix: {
    product: "{offer}, mit Signature-Behandlungen oder -Produkten, Paketen und Nachpflege, die das Ergebnis verlängert.",
    price:
      "Premium, gestaffelt nach Erfahrung der Spezialistin; Pakete und Mitgliedschaften statt Rabatte; Anzahlung für begehrte Termine.",
    place: "Salon oder Studio {inRegion} mit Online-Buchung, dazu ein Onlineshop für Produkte und Gutscheine.",
    people: "Spezialistinnen mit sichtbarem Profil und Portfolio; ein Empfang, der bestätigt, erinnert und neu bucht.",
    process: "Online-Buchung mit Anzahlung, Beratung vor jeder neuen Behandlung, Folgetermin vor dem Gehen und Nachpflege-Tipps.",
    physicalEvidence:
      "Gestaltete Räume, Vorher-nachher-Portfolio, stimmiger Instagram-Auftritt und Bewertungen, die die Spezialistin nennen.",
  },
  risks: [
    {
      risk: "Ausfälle und kurzfristige Absagen verschwenden die besten Termine",
      mitigation: "Anzahlungen nehmen und 48 und 24 Stunden vorher erinnern",
      contingency: "Eine Warteliste führen und Lücken mit einem Last-Minute-Angebot an Follower füllen",
    },
    {
      risk: "Eine Schlüsselperson geht und nimmt Kundschaft mit",
      mitigation: "Die eigene Marke neben den Einzelprofilen aufbauen und Kundendaten zentral führen",
      contingency: "Betroffene Kundschaft persönlich kontaktieren und eine vertraute Kollegin vorstellen",
    },
  ],
  topics: [
    "Vorher-nachher: das Lieblingsergebnis der Woche",
    "Die Spezialistin stellt sich vor: was sie am liebsten macht",
    "So finden Sie die richtige Behandlung",
    "Last-Minute-Termine und wie Sie buchen",
    "Pflegetipps, damit das Ergebnis hält",
    "Bewertung im Fokus und Belohnung fürs Weiterempfehlen",
  ],
  questions: [
    "Wie hoch sind Ihr durchschnittlicher Umsatz pro Termin und Ihre Folgebuchungsquote heute?",
    "Welche Behandlungen oder Produkte haben die beste Marge und die meiste freie Kapazität?",
  ],
} satisfies IndustryCopy;
