import type { IndustryCopy } from "../../../i18n/types";

export const de = {
  label: "Handwerk und Hausdienstleistungen",
  kinds: {
    plumbing: { noun: "Handwerksbetrieb", a: "ein Handwerksbetrieb", the: "der Betrieb" },
    cleaning: { noun: "Reinigungsunternehmen", a: "ein Reinigungsunternehmen", the: "das Reinigungsunternehmen" },
    landscaping: {
      noun: "Garten- und Landschaftsbaubetrieb",
      a: "ein Garten- und Landschaftsbaubetrieb",
      the: "der Gartenbaubetrieb",
    },
  },
  customers: "Kunden",
  offer: "Dienstleistungen rund ums Haus",
  team: "Monteure und Teams",
  b2bAngle: "Wartungsverträge für Büros, Vermieter und Hausverwaltungen",
  overview:
    "Hausbesitzer {inRegion} suchen auf Google, wenn etwas kaputt ist oder erledigt werden muss, und wählen unter den ersten Betrieben mit guten Bewertungen, klaren Preisen und schneller Antwort. Reaktionszeit und Ruf gewinnen die meisten Aufträge.",
  trends: [
    "Die meisten Aufträge beginnen mit einer „in der Nähe“-Suche auf Google Maps und einem Blick auf die Bewertungen",
    "Kunden erwarten schnelle Antworten, Online-Angebote und ein klares Ankunftsfenster",
    "Wartungsverträge und Abos glätten saisonale Schwankungen",
  ],
  competitors: [
    {
      name: "Überregionale Franchise-Betriebe",
      strengths: "Bekanntheit, Callcenter und große Werbebudgets",
      weaknesses: "Teuer und unpersönlich, mit schwankender Qualität vor Ort",
      edge: "{name} bietet zuverlässige Leute aus der Region, die pünktlich kommen und sauber hinterlassen",
    },
    {
      name: "Einzelunternehmer und günstige Gelegenheitshandwerker",
      strengths: "Niedrige Preise und Flexibilität",
      weaknesses: "Unzuverlässig, oft unversichert oder schwer erreichbar",
      edge: "Versicherte Arbeit mit Garantie und ein Team, das ans Telefon geht",
    },
    {
      name: "Selbermachen",
      strengths: "Günstig und sofort",
      weaknesses: "Riskant, zeitaufwendig und am Ende oft teurer",
      edge: "Beim ersten Mal richtig gemacht, mit Garantie",
    },
  ],
  swot: {
    strengths: ["Qualifiziertes, zuverlässiges Team mit gutem Ruf vor Ort", "Wiederkehrende und empfehlende Kunden"],
    weaknesses: ["Kapazität begrenzt durch Teams und Fahrzeuge", "Inhaber auf der Baustelle, wenig Zeit für Marketing"],
    opportunities: [
      "Wartungsverträge mit wiederkehrendem Umsatz",
      "Gewerbeaufträge von Vermietern, Büros und Hausverwaltungen",
      "Saisonale Kampagnen passend zu Nachfragespitzen",
    ],
    threats: [
      "Vermittlungsportale, die dieselbe Anfrage an mehrere Betriebe verkaufen",
      "Steigende Kosten für Kraftstoff, Material und Personal",
    ],
  },
  segments: [
    {
      name: "Hausbesitzer mit dringendem Problem",
      description: "Menschen, die sofort Hilfe brauchen und den nehmen, der schnell und vertrauenswürdig ist",
      needs: ["Schnelle Antwort und klares Ankunftsfenster", "Faire, transparente Preise"],
    },
    {
      name: "Hausbesitzer mit geplantem Projekt",
      description: "Menschen, die eine Modernisierung oder regelmäßige Leistung planen und Angebote vergleichen",
      needs: ["Detaillierte Angebote und Referenzen", "Vertrauen in Qualität und Sauberkeit"],
    },
    {
      name: "Vermieter und Hausverwaltungen",
      description: "Eigentümer mehrerer Objekte, die zuverlässigen, wiederkehrenden Service brauchen",
      needs: ["Verlässliche Reaktion über alle Objekte", "Einfache Abrechnung und Berichte"],
    },
  ],
  personas: [
    {
      name: "Karin, die vielbeschäftigte Hausbesitzerin",
      summary: "Hat ein Problem im Haus, sucht am Handy und ruft den ersten Betrieb an, der vertrauenswürdig wirkt.",
      demographics: "35–60 Jahre, Hausbesitzerin mit Familie, wohnt in der Gegend",
      goals: ["Schnell und ordentlich repariert", "Den Preis vor Arbeitsbeginn kennen"],
      painPoints: ["Betriebe, die nie zurückrufen", "Überraschende Kosten"],
      objections: ["Können Sie heute noch kommen?", "Sind Sie teurer als andere?"],
      quote: "Wer zuerst antwortet, gute Bewertungen hat und mir einen Preis nennt, bekommt den Auftrag.",
    },
    {
      name: "Paul, der Hausverwalter",
      summary: "Betreut mehrere Mietobjekte und braucht einen Betrieb, auf den Verlass ist.",
      demographics: "35–60 Jahre, Vermieter oder Hausverwalter",
      goals: ["Weniger Beschwerden von Mietern", "Ein Betrieb, auf den er sich verlassen kann"],
      painPoints: ["Handwerkern hinterhertelefonieren", "Schwankende Qualität von Auftrag zu Auftrag"],
      objections: ["Preis pro Auftrag", "Kapazität bei kurzfristigen Einsätzen"],
      quote: "Wenn Sie ans Telefon gehen und saubere Rechnungen schicken, bekommen Sie alle meine Objekte.",
    },
  ],
  positioning: {
    need: "die Arbeit ordentlich und pünktlich erledigt haben wollen, zu einem Preis, den sie vorher kennen",
    benefit: "kommt wie versprochen, macht die Arbeit richtig und hinterlässt alles sauber",
    reason: "das Team versichert und geprüft ist und für jeden Auftrag eine Garantie gibt",
    promise: "Pünktlich, ordentlich, sauber – und der Preis steht vorher fest.",
  },
  messages: [
    "Schnelle Antwort, faire Preise, Garantie auf die Arbeit",
    "Aus der Region, versichert und von Ihren Nachbarn bewertet",
    "Holen Sie sich heute ein kostenloses Angebot",
  ],
  mix: {
    product: "{offer}, gebündelt in klare Leistungen mit Festpreisen, wo möglich, und Wartungsverträgen.",
    price:
      "Transparente Anfahrt und Festpreise für übliche Aufträge; schriftliche Angebote für Projekte; Rabatt mit Wartungsvertrag.",
    place: "Einsatzgebiet {inRegion}, mit Online-Buchung, Telefon und WhatsApp.",
    people: "Freundliche Monteure in Arbeitskleidung, die die Arbeit erklären und danach aufräumen.",
    process: "Antwort innerhalb einer Stunde, Ankunftsfenster, Vorher-nachher-Fotos, Rechnung und Bewertungsbitte am selben Tag.",
    physicalEvidence: "Beschriftete Fahrzeuge und Kleidung, Vorher-nachher-Fotos, Bewertungen und schriftliche Garantien.",
  },
  risks: [
    {
      risk: "Anfragen kommen schneller, als die Teams sie abarbeiten können, und die Reaktionszeit leidet",
      mitigation: "Telefonannahme organisieren und klare Terminfenster einführen",
      contingency: "Anzeigen pausieren, bis der Rückstand abgebaut ist, und wertvolle Aufträge vorziehen",
    },
    {
      risk: "Saisonale Flaute lässt Teams in ruhigen Monaten ohne Arbeit",
      mitigation: "Wartungsverträge und Nebensaison-Leistungen verkaufen",
      contingency: "Früheren Kunden und Gewerbekunden ein Nebensaison-Angebot machen",
    },
  ],
  topics: [
    "Vorher-nachher: der Auftrag der Woche",
    "Drei Anzeichen, dass Ihr Haus Hilfe braucht – und was zu tun ist",
    "Das Team von {nameDat} stellt sich vor",
    "Kostenloses Angebot: so funktioniert es und so schnell antworten wir",
    "Saisonale Wartungs-Checkliste für bestehende Kunden",
    "Kundenbewertung und Dank für Empfehlungen",
  ],
  questions: [
    "Wie hoch ist Ihr durchschnittlicher Auftragswert, und wie viele Aufträge schafft Ihr Team pro Woche?",
    "Welche Leistungen und Gebiete sind für Sie am profitabelsten?",
  ],
} satisfies IndustryCopy;
