import type { IndustryCopy } from "../../../i18n/types";

export const de = {
  label: "Tourismus und Gastgewerbe",
  kinds: {
    hotel: { noun: "Hotel", a: "ein Hotel", the: "das Hotel" },
    bnb: { noun: "Ferienunterkunft", a: "eine Ferienunterkunft", the: "die Unterkunft" },
    tours: { noun: "Touren- und Erlebnisanbieter", a: "ein Touren- und Erlebnisanbieter", the: "der Tourenanbieter" },
  },
  customers: "Gäste",
  offer: "Aufenthalte und Erlebnisse",
  team: "Gästeservice",
  b2bAngle: "Geschäftsreisen, Teamausflüge und Gruppenbuchungen",
  overview:
    "Reisende planen über Buchungsplattformen, Bewertungsportale, Google Maps und Instagram. Plattformen bringen Volumen, nehmen aber 15–25 % Provision; unabhängige Gastgeber {inRegion} gewinnen, indem sie Plattformgäste zu Direkt-, Stamm- und Empfehlungsgästen machen.",
  trends: [
    "Reisende buchen über Plattformen, prüfen aber vorher Bewertungen, Fotos und die eigene Website",
    "Die Nachfrage nach authentischen, lokalen Erlebnissen wächst gegenüber Standardangeboten",
    "Kürzere Vorlaufzeiten und mehr Last-Minute-Buchungen",
  ],
  competitors: [
    {
      name: "Vergleichbare Unterkünfte in der Gegend",
      strengths: "Ähnliche Lage und Preise, etablierte Bewertungen",
      weaknesses: "Austauschbares Erlebnis und langsame Antworten",
      edge: "{name} bietet einen persönlichen Empfang, lokale Tipps und einen Aufenthalt, über den man spricht",
    },
    {
      name: "Ketten und große Anbieter",
      strengths: "Treueprogramme, Markenvertrauen und große Marketingbudgets",
      weaknesses: "Standardisiertes, unpersönliches Erlebnis",
      edge: "Charakter, lokales Wissen und Flexibilität, die eine Kette nicht bieten kann",
    },
    {
      name: "Andere Reiseziele oder zu Hause bleiben",
      strengths: "Oft günstiger oder bequemer",
      weaknesses: "Weniger besonders, nichts zu erzählen",
      edge: "Ein Grund zu kommen: saisonale Erlebnisse und Angebote, die es nur hier gibt",
    },
  ],
  swot: {
    strengths: ["Besondere Lage und eigener Charakter", "Persönliche Gastfreundschaft, die starke Bewertungen bringt"],
    weaknesses: ["Hohe Abhängigkeit von Plattformprovisionen", "Starke Saisonalität"],
    opportunities: [
      "Vorteile für Direktbuchungen, die Stammgäste von den Plattformen holen",
      "Pakete mit lokalen Partnern (Restaurants, Aktivitäten, Veranstaltungen)",
      "Nebensaison-Angebote für Remote-Arbeitende, Gruppen und Retreats",
    ],
    threats: ["Änderungen bei Ranking und Provision der Plattformen", "Äußere Ereignisse (Wetter, Reisestörungen)"],
  },
  segments: [
    {
      name: "Urlaubsreisende und Paare",
      description: "Menschen, die einen Kurzurlaub oder Urlaub planen und auf Plattformen vergleichen",
      needs: ["Gute Fotos und glaubwürdige Bewertungen", "Ein unkomplizierter, unvergesslicher Aufenthalt"],
    },
    {
      name: "Familien und Gruppen",
      description: "Gruppen, die Platz, Flexibilität und Aktivitäten brauchen",
      needs: ["Klare Infos zu Zimmern und Ausstattung", "Pakete, die Planung sparen"],
    },
    {
      name: "Geschäftsreisende und Remote-Arbeitende",
      description: "Gäste, die beruflich reisen oder remote arbeiten, oft unter der Woche",
      needs: ["Schnelles WLAN und ein ruhiger Arbeitsplatz", "Einfache Rechnungsstellung"],
    },
  ],
  personas: [
    {
      name: "Chloé und Ben, das Wochenendpaar",
      summary: "Machen zwei, drei Kurzurlaube im Jahr und holen sich Ideen auf Instagram und in Bewertungen.",
      demographics: "25–45 Jahre, Paar aus der Stadt, bucht 2–6 Wochen im Voraus",
      goals: ["Ein besonderer Ort, der die Reise wert ist", "Einfache Planung mit guten lokalen Tipps"],
      painPoints: ["Orte, die hinter den Fotos zurückbleiben", "Versteckte Gebühren"],
      objections: ["Günstigere Optionen in der Nähe", "Unsicherheit bei Verfügbarkeit oder Stornobedingungen"],
      quote: "Wenn die Bewertungen top sind und die Direktbuchung ein Extra bringt, buchen wir direkt.",
    },
    {
      name: "Familie Müller",
      summary: "Bucht einmal im Jahr einen längeren Urlaub und prüft Platz und Aktivitäten genau.",
      demographics: "35–50 Jahre, Eltern mit Kindern, buchen 2–4 Monate im Voraus",
      goals: ["Stressfreier Urlaub für alle", "Gutes Preis-Leistungs-Verhältnis für eine Familie"],
      painPoints: ["Fehlende Infos für Familien", "Zu kleine Zimmer"],
      objections: ["Der Preis für die ganze Familie", "Die Entfernung zu Aktivitäten"],
      quote: "Sagen Sie uns genau, was es für die Kinder gibt, und wir buchen die Woche.",
    },
  ],
  positioning: {
    need: "einen Aufenthalt oder ein Erlebnis wollen, das persönlich ist und nicht von der Stange",
    benefit: "bietet {offer} mit Charakter, lokalem Wissen und persönlichem Empfang",
    reason: "es von Menschen geführt wird, die hier leben und die Gegend in- und auswendig kennen",
    promise: "Ein persönlicher Empfang und lokale Erlebnisse, von denen Sie noch lange erzählen.",
  },
  messages: [
    "Direkt buchen: bester Preis und ein Willkommensextra",
    "Lokale Tipps von Menschen, die hier leben",
    "Gäste bewerten uns sehr gut: sehen Sie, warum",
  ],
  mix: {
    product: "{offer}, mit Paketen, die den Aufenthalt mit lokalen Erlebnissen und saisonalen Themen verbinden.",
    price:
      "Dynamische Preise nach Saison und Nachfrage; bester Preis und ein Extra bei Direktbuchung; Mindestaufenthalt in der Hochsaison.",
    place: "Eigene Website mit Buchungsmaschine, Plattformen für Reichweite und Kooperationen mit lokalen Attraktionen.",
    people: "Ein Gästeservice, der schnell antwortet, lokale Tipps teilt und jeden Aufenthalt persönlich gestaltet.",
    process: "Schnelle Antworten, Anreise-Mail mit Tipps, reibungsloser Check-in und Bewertungsbitte nach der Abreise.",
    physicalEvidence:
      "Professionelle Fotos, Gästebewertungen, ein gepflegtes Haus und Willkommensdetails, die Gäste fotografieren.",
  },
  risks: [
    {
      risk: "Die Auslastung sinkt in der Nebensaison, während die Fixkosten bleiben",
      mitigation: "Frühzeitig Nebensaison-Pakete für Gruppen, Retreats und Remote-Arbeitende planen",
      contingency: "Für die ruhigsten Wochen ein gezieltes Angebot an frühere Gäste und Partner schicken",
    },
    {
      risk: "Eine Plattform ändert Ranking oder Provision und die Buchungen sinken",
      mitigation: "Direktbuchungen und die Gäste-E-Mail-Liste jeden Monat ausbauen",
      contingency: "Früheren Gästen ein Direktbuchungsangebot schicken und Suchanzeigen verstärken",
    },
  ],
  topics: [
    "Lokaler Tipp: drei Dinge rund um {nameAcc} in dieser Saison",
    "So sieht ein Aufenthalt oder eine Tour mit {nameDat} aus",
    "Die Gastgeschichte des Monats",
    "Vorteil Direktbuchung: warum sich Buchen bei uns lohnt",
    "Willkommen-zurück-Angebot für frühere Gäste",
    "Fotos und Bewertungen unserer Gäste im Überblick",
  ],
  questions: [
    "Wie hoch sind heute Ihre Auslastung und Ihr Anteil an Direktbuchungen je Saison?",
    "Wie hoch ist Ihr durchschnittlicher Preis pro Nacht oder Ticket, und welche Provision nehmen die Plattformen?",
  ],
} satisfies IndustryCopy;
