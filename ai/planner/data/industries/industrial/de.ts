import type { IndustryCopy } from "../../../i18n/types";

export const de = {
  label: "Industrie (B2B)",
  kinds: {
    manufacturing: { noun: "Fertigungsbetrieb", a: "ein Fertigungsbetrieb", the: "der Betrieb" },
    supplies: { noun: "Industriezulieferer", a: "ein Industriezulieferer", the: "der Zulieferer" },
  },
  customers: "Einkäufer",
  offer: "Industrieprodukte",
  team: "Vertriebsingenieure",
  b2bAngle: "Rahmenverträge mit größeren Werken",
  overview:
    "Einkäufer und Ingenieure in der Industrie suchen online, laden Datenblätter herunter und vergleichen Lieferanten lange bevor sie ein Angebot anfragen. Beziehungen schließen weiterhin Geschäfte ab, doch Zuverlässigkeit, Lieferzeiten, Zertifizierungen und technische Antworten entscheiden über die Shortlist.",
  trends: [
    "Einkäufer recherchieren fast alles online und erwarten Datenblätter, CAD-Dateien und Preise",
    "Lieferkettenprobleme machen zuverlässige, nahe Lieferanten attraktiver",
    "Nachhaltigkeits- und Zertifizierungsanforderungen prägen Ausschreibungen immer stärker",
  ],
  competitors: [
    {
      name: "Günstige Anbieter aus dem Ausland",
      strengths: "Niedrige Stückpreise und große Kapazität",
      weaknesses: "Lange Lieferzeiten, schwankende Qualität und Kommunikationslücken",
      edge: "{name} bietet kurze Lieferzeiten, konstante Qualität und Ingenieure, die antworten",
    },
    {
      name: "Große etablierte Anbieter im Inland",
      strengths: "Gewachsene Beziehungen, breite Kataloge und Zertifizierungen",
      weaknesses: "Langsam bei Sonderanfertigungen und kleinen Losen",
      edge: "Flexibilität bei Sonderspezifikationen und kleineren Losgrößen",
    },
    {
      name: "Eigenfertigung der Kunden",
      strengths: "Volle Kontrolle",
      weaknesses: "Kapitalintensiv und lenkt vom Kerngeschäft ab",
      edge: "Niedrigere Gesamtkosten und Kapazität nach Bedarf",
    },
  ],
  swot: {
    strengths: ["Technische Expertise und nachgewiesene Qualität", "Langjährige Kundenbeziehungen"],
    weaknesses: ["Wenig Online-Sichtbarkeit außerhalb bestehender Kunden", "Vertrieb hängt an wenigen Personen und Kunden"],
    opportunities: [
      "Technische Inhalte und Datenblätter, die Suchanfragen abfangen",
      "Rückverlagerung und Lieferantenstreuung bei großen Abnehmern",
      "Messen und Verbände für neue Kunden",
    ],
    threats: ["Preisdruck durch Billigimporte", "Schwankende Rohstoff- und Energiekosten"],
  },
  segments: [
    {
      name: "Einkaufsleiter",
      description: "Einkäufer bei Herstellern, die {offer} beschaffen und das Lieferantenrisiko steuern",
      needs: ["Zuverlässige Lieferung und klare Preise", "Zertifikate und Dokumentation"],
    },
    {
      name: "Ingenieure und technische Entscheider",
      description: "Ingenieure, die festlegen, welche Teile oder Materialien in eine Konstruktion kommen",
      needs: ["Technische Daten und Muster", "Schnelle, kompetente Antworten"],
    },
    {
      name: "Instandhaltung und Betrieb",
      description: "Werksteams, die Ersatzteile und Verbrauchsmaterial schnell brauchen",
      needs: ["Verfügbarkeit und schnelle Lieferung", "Einfaches Nachbestellen"],
    },
  ],
  personas: [
    {
      name: "Thomas, der Einkaufsleiter",
      summary: "Steuert einen Lieferantenstamm und wird an Kosten, Zuverlässigkeit und Risiko gemessen.",
      demographics: "35–55 Jahre, Einkaufsleiter bei einem mittelständischen Hersteller",
      goals: ["Zuverlässige Versorgung zu fairen Gesamtkosten", "Weniger Lieferantenprobleme"],
      painPoints: ["Verspätete Lieferungen, die die Produktion stoppen", "Langsame Angebotsantworten"],
      objections: ["Ein Lieferantenwechsel erfordert Qualifizierung", "Schafft ein kleinerer Lieferant unser Volumen?"],
      quote: "Ein Angebot in 24 Stunden und Lieferung wie zugesagt – dann reden wir über Volumen.",
    },
    {
      name: "Katrin, die Konstrukteurin",
      summary: "Legt Komponenten für neue Produkte fest und braucht schnell technische Antworten.",
      demographics: "28–50 Jahre, Maschinenbau- oder Verfahrensingenieurin",
      goals: ["Teile finden, die Spezifikation und Zielkosten erfüllen", "Späte Konstruktionsänderungen vermeiden"],
      painPoints: ["Fehlende technische Daten", "Vertriebler, die technische Fragen nicht beantworten können"],
      objections: ["Unbekannter Lieferant ohne Historie bei uns", "Lieferzeit für Muster"],
      quote: "Schicken Sie mir das Datenblatt und ein Muster, und ich melde mich in einer Woche.",
    },
  ],
  positioning: {
    need: "zuverlässige Versorgung und schnelle technische Antworten brauchen",
    benefit: "liefert {offer} pünktlich und spezifikationsgerecht, mit Ingenieuren, die ans Telefon gehen",
    reason: "der Betrieb zertifizierte Qualität mit kurzen Lieferzeiten und direktem technischem Support verbindet",
    promise: "Spezifikationsgerecht, pünktlich und mit Ingenieuren, die antworten.",
  },
  messages: [
    "Angebote innerhalb von 24 Stunden",
    "Zertifizierte Qualität, kurze Lieferzeiten",
    "Sprechen Sie direkt mit einem Ingenieur",
  ],
  mix: {
    product: "{offer}, mit vollständiger technischer Dokumentation, Zertifikaten, Mustern und Sonderoptionen.",
    price: "Mengenstaffeln und Rahmenverträge; Angebote innerhalb von 24 Stunden; Gesamtkosten statt Stückpreis als Argument.",
    place: "Direktvertrieb, eigene Website mit Anfrageformular und technischen Downloads, Händler und B2B-Verzeichnisse.",
  },
  risks: [
    {
      risk: "Lange Verkaufszyklen machen Marketingergebnisse schwer sichtbar",
      mitigation: "Ab Tag eins Anfragen und Angebote nach Quelle im CRM erfassen",
      contingency: "Monatlich Pipeline-Wert und Angebotsanfragen berichten, nicht nur Abschlüsse",
    },
    {
      risk: "Ein Großkunde reduziert seine Bestellungen",
      mitigation: "Fünf neue mittelgroße Kunden gewinnen, um das Risiko zu streuen",
      contingency: "Die Direktansprache der 50 wichtigsten Zielkunden verstärken",
    },
  ],
  topics: [
    "Anwendungsbeispiel: wie ein Kunde {offer} einsetzt",
    "Technischer Leitfaden: die richtige Spezifikation wählen",
    "Update zu Lieferzeiten und Kapazität",
    "Angebot anfragen: was wir von Ihnen brauchen",
    "Wartungs- und Nachbestelltipps für bestehende Kunden",
    "Kundenfallstudie mit messbaren Ergebnissen",
  ],
  questions: [
    "Wie hoch sind Ihr durchschnittlicher Auftragswert, Ihre Angebotserfolgsquote und Ihre übliche Lieferzeit?",
    "Welche Branchen und Kunden sind für Sie am profitabelsten?",
  ],
} satisfies IndustryCopy;
