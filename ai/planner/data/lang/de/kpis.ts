import type { KpiPack } from "../../../i18n/types";

export const deKpis: KpiPack = {
  "google-reviews": {
    name: "Google-Bewertungen",
    definition: "Gesamtzahl öffentlicher Google-Bewertungen, gezählt am Monatsersten",
    unit: "Bewertungen",
  },
  "weekly-transactions": { name: "Verkäufe pro Woche", definition: "Kassenbons pro Woche laut Kasse", unit: "Verkäufe/Woche" },
  "repeat-rate": {
    name: "Stammkundenquote",
    definition: "Anteil der Kunden des Monats, die schon in den 60 Tagen davor gekauft haben",
    unit: "%",
  },
  "conversion-rate": { name: "Conversion-Rate", definition: "Käufe oder Buchungen geteilt durch Website-Besuche", unit: "%" },
  "online-orders": {
    name: "Online-Bestellungen",
    definition: "Bestellungen über die Website pro Monat",
    unit: "Bestellungen/Monat",
  },
  "email-subscribers": { name: "E-Mail-Abonnenten", definition: "Aktive Abonnenten der E-Mail-Liste", unit: "Abonnenten" },
  cac: {
    name: "Kosten pro Neukunde",
    definition: "Marketingausgaben geteilt durch Neukunden im selben Monat",
    unit: "pro Kunde",
  },
  roas: { name: "Return on Ad Spend", definition: "Anzeigen zugeordneter Umsatz geteilt durch Werbeausgaben", unit: "x" },
  "qualified-leads": {
    name: "Qualifizierte Leads",
    definition: "Anfragen, die zur Zielgruppe passen und echten Bedarf haben",
    unit: "Leads/Monat",
  },
  "demo-bookings": { name: "Gebuchte Demos", definition: "Produktdemos mit qualifizierten Interessenten", unit: "Demos/Monat" },
  "trial-to-paid": {
    name: "Umwandlung Test zu zahlend",
    definition: "Anteil der Testkonten oder Gratisnutzer, die zahlende Kunden werden",
    unit: "%",
  },
  "monthly-churn": {
    name: "Monatliche Kündigungsrate",
    definition: "Anteil der zahlenden Kunden, die im Monat kündigen",
    unit: "%",
  },
  consultations: {
    name: "Gebuchte Erstgespräche",
    definition: "Erste Gespräche oder Beratungen mit möglichen Kunden",
    unit: "Gespräche/Monat",
  },
  "referral-share": {
    name: "Anteil Neukunden durch Empfehlung",
    definition: "Neukunden, die eine Empfehlung nennen, im Verhältnis zu allen Neukunden",
    unit: "%",
  },
  "new-members": {
    name: "Neue Mitglieder",
    definition: "Im Monat neu abgeschlossene bezahlte Mitgliedschaften",
    unit: "Mitglieder/Monat",
  },
  "class-fill-rate": { name: "Kursauslastung", definition: "Gebuchte Plätze geteilt durch verfügbare Plätze", unit: "%" },
  "rebooking-rate": {
    name: "Folgebuchungsquote",
    definition: "Kunden, die ihren nächsten Termin vor dem Gehen buchen",
    unit: "%",
  },
  appointments: { name: "Termine", definition: "Wahrgenommene Termine pro Monat", unit: "Termine/Monat" },
  enrolments: {
    name: "Neue Anmeldungen",
    definition: "Neue Lernende, die einen Kurs oder ein Semester bezahlen",
    unit: "Anmeldungen/Monat",
  },
  "valuation-requests": {
    name: "Bewertungsanfragen",
    definition: "Eigentümer, die eine Immobilienbewertung anfragen",
    unit: "Anfragen/Monat",
  },
  "direct-booking-share": {
    name: "Anteil Direktbuchungen",
    definition: "Buchungen über die eigene Website oder per Telefon im Verhältnis zu allen Buchungen",
    unit: "%",
  },
  "occupancy-rate": { name: "Auslastung", definition: "Gebuchte Nächte oder Plätze geteilt durch verfügbare", unit: "%" },
  "new-donors": {
    name: "Neue Spender",
    definition: "Personen oder Organisationen, die zum ersten Mal spenden",
    unit: "Spender/Monat",
  },
  "recurring-donors": { name: "Dauerspender", definition: "Aktive monatliche oder regelmäßige Spender", unit: "Spender" },
  "quote-requests": {
    name: "Angebotsanfragen",
    definition: "Anfragen nach einem Angebot oder Kostenvoranschlag",
    unit: "Anfragen/Monat",
  },
  "quote-win-rate": { name: "Angebotserfolgsquote", definition: "Angenommene Angebote geteilt durch versendete", unit: "%" },
  "jobs-booked": { name: "Gebuchte Aufträge", definition: "Bestätigte Aufträge im Kalender pro Monat", unit: "Aufträge/Monat" },
  "app-installs": {
    name: "App-Installationen",
    definition: "Neue Installationen in den App-Stores",
    unit: "Installationen/Monat",
  },
  "day30-retention": {
    name: "Bindung nach 30 Tagen",
    definition: "Anteil neuer Nutzer, die 30 Tage nach der Installation noch aktiv sind",
    unit: "%",
  },
  "store-rating": { name: "Store-Bewertung", definition: "Durchschnittliche Bewertung in den App-Stores", unit: "Sterne" },
  "engagement-rate": {
    name: "Social-Media-Interaktionsrate",
    definition: "Likes, Kommentare, Teilungen und Speicherungen geteilt durch Reichweite",
    unit: "%",
  },
  "website-visitors": { name: "Website-Besucher", definition: "Eindeutige Website-Besucher pro Monat", unit: "Besucher/Monat" },
  "social-followers": {
    name: "Follower in Social Media",
    definition: "Follower auf dem wichtigsten Social-Media-Konto",
    unit: "Follower",
  },
  "monthly-reach": {
    name: "Monatliche Reichweite",
    definition: "Erreichte Personen über Social Media, Suche und lokale Einträge",
    unit: "Personen/Monat",
  },
  revenue: { name: "Monatsumsatz", definition: "Umsatz des Monats im Vergleich zum Monat vor Planstart", unit: "%" },
};
