import type { IndustryCopy } from "../../../i18n/types";

export const de = {
  label: "Bildung",
  kinds: {
    tutoring: { noun: "Nachhilfeinstitut", a: "ein Nachhilfeinstitut", the: "das Institut" },
    courses: { noun: "Kursanbieter", a: "ein Kursanbieter", the: "der Kursanbieter" },
    school: { noun: "Schule", a: "eine Schule", the: "die Schule" },
  },
  customers: "Lernende",
  offer: "Unterricht und Kurse",
  team: "Lehrkräfte",
  b2bAngle: "Mitarbeiterschulungen und Gruppenkurse für Arbeitgeber",
  overview:
    "Bildung ist ein Vertrauenskauf: Eltern und Lernende vergleichen Anbieter nach Ergebnissen, Bewertungen und Lehrkräften, oft wochenlang, mit Spitzen vor Prüfungen und zum Schuljahresbeginn. Mundpropaganda und Suche bestimmen die Anmeldungen.",
  trends: [
    "Eltern und Lernende vergleichen online und erwarten eine kostenlose Probestunde oder Beratung",
    "Hybride und Online-Formate vergrößern das Einzugsgebiet über die Nachbarschaft hinaus",
    "Anmeldungen folgen dem Schuljahr und den Prüfungsterminen",
  ],
  competitors: [
    {
      name: "Große Ketten und Franchises",
      strengths: "Bekannte Namen, strukturierte Programme und Marketingbudgets",
      weaknesses: "Standardisierter Unterricht und größere Gruppen",
      edge: "{name} bietet persönliche Aufmerksamkeit und Lehrkräfte, die sich auf jede Person einstellen",
    },
    {
      name: "Online-Plattformen und Marktplätze",
      strengths: "Riesige Auswahl an Lehrkräften und niedrige Preise",
      weaknesses: "Schwankende Qualität und keine Kontinuität",
      edge: "Qualifizierte, feste Lehrkräfte und sichtbarer Fortschritt über die Zeit",
    },
    {
      name: "Kostenlose Inhalte und Selbststudium",
      strengths: "Kostenlos und jederzeit verfügbar",
      weaknesses: "Keine Struktur, kein Feedback, keine Verbindlichkeit",
      edge: "Struktur, Feedback und jemand, der dranbleibt",
    },
  ],
  swot: {
    strengths: ["Qualifizierte Lehrkräfte mit echten Ergebnissen", "Persönliche Beziehung zu Lernenden und Familien"],
    weaknesses: ["Kapazität begrenzt durch Unterrichtsstunden", "Anmeldespitzen und ruhige Monate"],
    opportunities: [
      "Kostenlose Probestunden und Einstufungen, die gut konvertieren",
      "Kooperationen mit Schulen, Arbeitgebern und Vereinen",
      "Online- oder Gruppenformate, die Kapazität schaffen",
    ],
    threats: ["Günstige Online-Plattformen", "Änderungen bei Prüfungen oder Lehrplänen"],
  },
  segments: [
    {
      name: "Eltern schulpflichtiger Kinder",
      description: "Eltern, die vor Prüfungen Unterstützung suchen oder das Selbstvertrauen ihres Kindes stärken wollen",
      needs: ["Qualifizierte, vertrauenswürdige Lehrkräfte", "Sichtbare Fortschritte und Rückmeldungen"],
    },
    {
      name: "Erwachsene Lernende",
      description: "Erwachsene, die für einen Berufswechsel, eine Beförderung oder aus Interesse lernen",
      needs: ["Flexible Zeiten oder Online-Angebote", "Ein klares Ergebnis oder Zertifikat"],
    },
    {
      name: "Schulen und Arbeitgeber",
      description: "Organisationen, die Gruppenunterricht oder Schulungen einkaufen",
      needs: ["Zuverlässige Durchführung und Berichte", "Klare Preise pro Gruppe"],
    },
  ],
  personas: [
    {
      name: "Laura, die unterstützende Mutter",
      summary: "Möchte, dass ihr Kind Selbstvertrauen gewinnt und die nächsten Prüfungen gut besteht.",
      demographics: "35–50 Jahre, Mutter eines 10- bis 17-jährigen Kindes, wohnt in der Nähe",
      goals: ["Bessere Noten und mehr Selbstvertrauen für ihr Kind", "Eine Lehrkraft, der sie vertrauen kann"],
      painPoints: ["Nicht wissen, ob die Nachhilfe wirkt", "Termine neben Schule und Hobbys"],
      objections: ["Lohnt sich das Geld?", "Kommt mein Kind mit der Lehrkraft zurecht?"],
      quote: "Ich möchte einfach, dass mein Kind wieder gern lernt und gut vorbereitet in die Prüfungen geht.",
    },
    {
      name: "Omar, der Quereinsteiger",
      summary: "Lernt abends für einen Berufswechsel und braucht einen klaren Weg zum Ergebnis.",
      demographics: "25–45 Jahre, berufstätig, lernt online oder nach Feierabend",
      goals: ["Eine Fähigkeit oder ein Zertifikat erwerben, das Arbeitgeber schätzen", "Lernen mit dem Job vereinbaren"],
      painPoints: ["Zu theoretische Kurse", "Den Schwung verlieren"],
      objections: ["Schaffe ich das zeitlich?", "Führt das zu einem besseren Job?"],
      quote: "Zeigen Sie mir, wo ich in sechs Monaten stehe, und ich bin dabei.",
    },
  ],
  positioning: {
    need: "echte Fortschritte mit einer engagierten Lehrkraft wollen",
    benefit: "macht aus {offer} messbaren Fortschritt und Selbstvertrauen",
    reason: "alle Lernenden eine qualifizierte Lehrkraft, einen Plan und regelmäßige Rückmeldungen bekommen",
    promise: "Qualifizierte Lehrkräfte, ein klarer Plan und Fortschritt, den man sieht.",
  },
  messages: [
    "Buchen Sie eine kostenlose Probestunde",
    "Qualifizierte Lehrkräfte, persönliche Pläne",
    "Sichtbarer Fortschritt, jeden Monat",
  ],
  mix: {
    product: "{offer}, organisiert als Programme mit Einstufung, klaren Zielen und Fortschrittsberichten.",
    price:
      "Monats- oder Halbjahrespakete mit kostenloser Probestunde; Gruppenangebote günstiger; Geschwister- oder Empfehlungsrabatt.",
    place: "Vor Ort {inRegion} und online, mit Online-Buchung von Probestunden.",
    people: "Qualifizierte Lehrkräfte mit Profil und Nachweisen, und dieselbe Lehrkraft für jede Person.",
    process:
      "Kostenlose Probestunde oder Einstufung, schriftlicher Plan, regelmäßige Berichte und ein Gespräch vor jedem neuen Abschnitt.",
    physicalEvidence:
      "Ergebnisse und Stimmen mit Einverständnis, Qualifikationen der Lehrkräfte, gepflegte Lernräume und klare Materialien.",
  },
  risks: [
    {
      risk: "Anmeldungen ballen sich in wenigen Spitzenwochen und die Kapazität reicht nicht",
      mitigation: "Vor jeder Spitze Frühbucher-Anmeldung öffnen und eine Warteliste führen",
      contingency: "Gruppenstunden oder Online-Plätze ergänzen, um die Nachfrage aufzufangen",
    },
    {
      risk: "Lernende brechen ab, wenn der Fortschritt stockt",
      mitigation: "Monatlich Fortschrittsberichte teilen und Etappen feiern",
      contingency: "Ein kostenloses Auswertungsgespräch anbieten und den Plan anpassen",
    },
  ],
  topics: [
    "Unsere Lehrkräfte und wie sie unterrichten",
    "Lerntipps für die nächste Prüfungsphase",
    "Erfolgsgeschichte eines Lernenden (mit Einverständnis)",
    "Kostenlose Probestunde: so buchen Sie",
    "Fortschrittsbericht und Plan für den nächsten Abschnitt",
    "Freunde werben: eine Gratisstunde für beide",
  ],
  questions: [
    "Wie viele Lernende unterrichten Sie heute, und wie viele mehr können Sie aufnehmen?",
    "Wann sind Ihre Anmeldespitzen, und was zahlt eine Person pro Kurs oder Halbjahr?",
  ],
} satisfies IndustryCopy;
