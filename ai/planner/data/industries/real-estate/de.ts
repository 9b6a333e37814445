import type { IndustryCopy } from "../../../i18n/types";

export const de = {
  label: "Immobilien",
  kinds: {
    agency: { noun: "Maklerbüro", a: "ein Maklerbüro", the: "das Maklerbüro" },
    propertyManagement: { noun: "Hausverwaltung", a: "eine Hausverwaltung", the: "die Hausverwaltung" },
  },
  customers: "Kunden",
  offer: "Verkauf und Vermietung von Immobilien",
  team: "Makler",
  b2bAngle: "Bestandsverwaltung für Vermieter und Bauträger",
  overview:
    "Portale dominieren die Suche der Käufer, daher konkurrieren Makler {inRegion} um Eigentümer, die nach Marktkenntnis vor Ort, sichtbaren Verkäufen, Bewertungen und dem Eindruck bei der Bewertung entscheiden. Jeder gewonnene Auftrag ist zugleich Werbung für das Büro.",
  trends: [
    "Käufer starten auf Portalen, doch Verkäufer wählen den Makler nach Bewertungen, lokalen Erfolgen und persönlichem Vertrauen",
    "Videobesichtigungen und starke Fotos werden bei jedem Exposé erwartet",
    "Online- und Hybridmakler drücken die Provisionen, daher muss der Service sichtbar besser sein",
  ],
  competitors: [
    {
      name: "Franchise- und überregionale Maklerketten",
      strengths: "Bekanntheit, Portalbudgets und große Teams",
      weaknesses: "Hohe Fluktuation und weniger persönlicher Service",
      edge: "{name} bietet Makler, die jede Straße kennen und bis zum Notartermin begleiten",
    },
    {
      name: "Online- und Hybridmakler",
      strengths: "Niedrige Festpreise und praktische Apps",
      weaknesses: "Keine Präsenz vor Ort, Eigentümer führen Besichtigungen selbst",
      edge: "Lokale Expertise und Rundum-Service, die oft einen besseren Preis erzielen",
    },
    {
      name: "Privatverkauf",
      strengths: "Keine Provision",
      weaknesses: "Begrenzte Reichweite, schwache Verhandlung und rechtliche Risiken",
      edge: "Mehr Reichweite, stärkere Verhandlung und ein sicherer Ablauf",
    },
  ],
  swot: {
    strengths: ["Tiefe Kenntnis des lokalen Marktes", "Persönliche Beziehungen und Wiederholungskunden"],
    weaknesses: ["Umsatz hängt an Marktzyklen und wenigen großen Abschlüssen", "Weniger bekannt als überregionale Ketten"],
    opportunities: [
      "Kostenlose Bewertungen und Marktberichte, die Verkäufer-Kontakte bringen",
      "Videos und Social Media, die lokale Expertise zeigen",
      "Kooperationen mit Finanzierungsberatern, Notaren und Bauträgern",
    ],
    threats: ["Zinsänderungen, die den Markt abkühlen", "Provisionsdruck durch Online-Makler"],
  },
  segments: [
    {
      name: "Eigentümer mit Verkaufsabsicht",
      description: "Eigentümer, die in 6–12 Monaten umziehen wollen und oft zwei oder drei Makler vergleichen",
      needs: ["Eine realistische Bewertung", "Vertrauen, dass der Makler den besten Preis erzielt"],
    },
    {
      name: "Vermieter und Investoren",
      description: "Eigentümer einer oder mehrerer Mietwohnungen, die gut vermietet und verwaltet werden sollen",
      needs: ["Zuverlässige Mieter und pünktliche Miete", "Sorgenfreie Verwaltung"],
    },
    {
      name: "Käufer und Mieter",
      description: "Menschen, die in der Gegend suchen und künftige Verkäufer und Empfehlungsgeber sind",
      needs: ["Früher Zugang zu neuen Objekten", "Ehrliche Einschätzung der Lage"],
    },
  ],
  personas: [
    {
      name: "Helene und Markus, die sich vergrößern",
      summary: "Wollen ihre Wohnung verkaufen und ein Familienhaus kaufen – mit einem Makler, dem sie bei beidem vertrauen.",
      demographics: "32–45 Jahre, Paar mit kleinen Kindern, Eigentümer in der Gegend",
      goals: ["Zu einem guten Preis verkaufen", "Verkauf und Kauf reibungslos abstimmen"],
      painPoints: ["Makler, die zu hoch bewerten, um den Auftrag zu bekommen", "Schlechte Kommunikation während des Verkaufs"],
      objections: ["Online-Makler sind günstiger", "Wir kennen schon einen Makler vor Ort"],
      quote: "Wir wollen eine ehrliche Bewertung und jemanden, der uns jede Woche auf dem Laufenden hält.",
    },
    {
      name: "Raj, der Zufallsvermieter",
      summary: "Besitzt ein oder zwei vermietete Wohnungen und möchte, dass sie ohne Ärger verwaltet werden.",
      demographics: "35–60 Jahre, berufstätig, mit ein bis drei vermieteten Wohnungen",
      goals: ["Stetige Mieteinnahmen", "Keine Anrufe von Mietern um Mitternacht"],
      painPoints: ["Leerstand zwischen zwei Mietern", "Mit den Vorschriften Schritt halten"],
      objections: ["Die Verwaltungsgebühr frisst die Rendite", "Die frühere Verwaltung war nicht erreichbar"],
      quote: "Ich will die Miete auf dem Konto und keine Überraschungen.",
    },
  ],
  positioning: {
    need: "das beste Ergebnis für ihre Immobilie wollen, ohne Stress",
    benefit: "verbindet tiefe Marktkenntnis vor Ort mit klarer, wöchentlicher Kommunikation",
    reason: "die Makler den Markt Straße für Straße kennen und jeden Kunden bis zum Abschluss begleiten",
    promise: "Lokale Experten, die den besten Preis erzielen und Sie bei jedem Schritt informieren.",
  },
  messages: [
    "Holen Sie sich eine kostenlose, ehrliche Bewertung",
    "Wir kennen jede Straße {inRegion}",
    "Jede Woche ein Update, vom Auftrag bis zum Notartermin",
  ],
  mix: {
    product: "{offer}, mit professionellen Fotos, Videobesichtigungen und einem klaren Vermarktungsplan für jedes Objekt.",
    price:
      "Wettbewerbsfähige prozentuale oder pauschale Provision, begründet durch Ergebnisse; transparente Pakete für Vermieter.",
    place: "Büro {inRegion}, Immobilienportale und die eigene Website.",
    people: "Makler mit lokalem Profil, Bewertungen und sichtbaren Verkäufen.",
    process:
      "Bewertung innerhalb von 48 Stunden, schriftlicher Vermarktungsplan, wöchentliches Update und Checkliste bis zum Abschluss.",
    physicalEvidence: "Verkaufsschilder, Exposés im eigenen Design, Fallbeispiele verkaufter Objekte und Bewertungen.",
  },
  risks: [
    {
      risk: "Der Markt kühlt ab und die Aufträge gehen zurück",
      mitigation: "Vermietung und Verwaltung für stetigere Einnahmen ausbauen",
      contingency: "Ausgaben auf Bewertungsanfragen und frühere Kunden konzentrieren und Portal-Extras streichen",
    },
    {
      risk: "Portalgebühren steigen, während die Anfragen stagnieren",
      mitigation: "Eigene Kanäle aufbauen: E-Mail-Liste, SEO und Social Media",
      contingency: "Das Portalpaket neu verhandeln und Budget in Verkäufer-Kampagnen verlagern",
    },
  ],
  topics: [
    "Lokaler Marktbericht: Preise und Nachfrage diesen Monat",
    "Videobesichtigung eines neuen Objekts",
    "Verkaufsgeschichte: wie wir den Angebotspreis erzielt haben",
    "Kostenlose Bewertung: was Sie erwartet",
    "Checkliste für Vermieter: die Regeln dieses Quartals",
    "Kundenbewertung und Dank für die Empfehlung",
  ],
  questions: [
    "Wie viele Aufträge und Abschlüsse haben Sie pro Monat, und wie hoch ist Ihre durchschnittliche Provision?",
    "Welcher Anteil Ihres Geschäfts ist Verkauf, welcher Vermietung, und was möchten Sie ausbauen?",
  ],
  channelNames: { directories: "Immobilienportale ({platforms})" },
} satisfies IndustryCopy;
