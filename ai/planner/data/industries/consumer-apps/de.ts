import type { IndustryCopy } from "../../../i18n/types";

export const de = {
  label: "Consumer-Apps",
  kinds: {
    app: { noun: "Mobile App", a: "eine Mobile App", the: "die App" },
    game: { noun: "Mobile Game", a: "ein Mobile Game", the: "das Spiel" },
  },
  customers: "Nutzer",
  offer: "eine Mobile App",
  team: "Community- und Support-Team",
  b2bAngle: "Team- oder Firmenabos",
  overview:
    "Die App-Stores sind voll und bezahlte Installationen teuer; erfolgreiche Apps verbinden einen starken Store-Eintrag, organische Social-Videos und gute frühe Bindung. Die meisten Nutzer entscheiden in der ersten Sitzung, ob sie eine App behalten.",
  trends: [
    "Kurzvideos sorgen für weit mehr Entdeckung als das Stöbern im Store",
    "Datenschutzänderungen machen das Targeting bezahlter Installationen schwerer und teurer",
    "Abos belohnen Bindung stärker als reine Installationszahlen",
  ],
  competitors: [
    {
      name: "Marktführer der Kategorie mit großen Budgets",
      strengths: "Bekanntheit, Top-Platzierungen im Store und große Werbebudgets",
      weaknesses: "Überladene Funktionen und austauschbares Erlebnis",
      edge: "{name} macht eine Sache besser, für eine klar umrissene Nutzergruppe",
    },
    {
      name: "Ähnliche Indie-Apps",
      strengths: "Schnelle Iteration und Nischen-Communitys",
      weaknesses: "Wenig Inhalte und kaum Support",
      edge: "Ein ausgereiftes Erlebnis und eine aktive Community",
    },
    {
      name: "Kostenlose Alternativen oder nichts tun",
      strengths: "Keine Kosten, keine neue Gewohnheit",
      weaknesses: "Das Problem bleibt ungelöst",
      edge: "Eine erste Sitzung, die den Nutzen in unter einer Minute zeigt",
    },
  ],
  swot: {
    strengths: ["Produkt mit klarem Anwendungsfall", "Schnelles Ausliefern und Testen"],
    weaknesses: ["Geringe Bekanntheit und wenige Bewertungen", "Bindung im großen Maßstab noch nicht belegt"],
    opportunities: [
      "Creator-Kooperationen und Kurzvideos, die die App in Aktion zeigen",
      "Store-Optimierung für kaufnahe Suchbegriffe",
      "Empfehlungsschleifen und Teilen direkt im Produkt",
    ],
    threats: ["Steigende Kosten pro Installation", "Änderungen an Store-Regeln oder -Algorithmen"],
  },
  segments: [
    {
      name: "Early Adopter der Nische",
      description: "Nutzer, die aktiv nach besseren Tools oder Spielen in dieser Kategorie suchen",
      needs: ["Ein neuer Ansatz, der den Wechsel lohnt", "Eine Community zum Teilen"],
    },
    {
      name: "Breite Nutzergruppe mit dem Problem",
      description: "Menschen, die brauchen, was {name} leistet, aber nicht nach Apps suchen",
      needs: ["Sofortiger, offensichtlicher Nutzen", "Keine Einarbeitung"],
    },
    {
      name: "Abgesprungene Nutzer",
      description: "Menschen, die die App installiert, aber nicht mehr genutzt haben",
      needs: ["Ein Grund zurückzukommen", "Was seitdem neu ist"],
    },
  ],
  personas: [
    {
      name: "Zoe, die Early Adopterin",
      summary: "Testet jede Woche neue Apps, folgt Creatorn der Nische und teilt, was ihr gefällt.",
      demographics: "18–34 Jahre, lebt am Smartphone, aktiv auf TikTok und Reddit",
      goals: ["Apps finden, die wirklich besser sind", "Als Erste etwas Gutes teilen"],
      painPoints: ["Apps, die Geld wollen, bevor sie Nutzen zeigen", "Werbung, die das Erlebnis unterbricht"],
      objections: ["Noch ein Abo?", "Gibt es die App nächstes Jahr noch?"],
      quote: "Wenn sie in der ersten Minute überzeugt, erzähle ich es allen.",
    },
    {
      name: "Sam, der pragmatische Nutzer",
      summary: "Will ein Problem am Handy mit möglichst wenig Aufwand lösen.",
      demographics: "25–50 Jahre, viel beschäftigt, nutzt täglich ein paar Apps",
      goals: ["Zeit sparen oder Spaß haben ohne Aufwand", "Es einfach halten"],
      painPoints: ["Komplizierte Anmeldung", "Zu viele Benachrichtigungen"],
      objections: ["Ich habe schon etwas, das funktioniert", "Bedenken beim Datenschutz"],
      quote: "Macht klar, was sie kann, und nervt mich nicht mit Nachrichten.",
    },
  ],
  positioning: {
    need: "{offer} wollen, die einen Platz auf dem Startbildschirm verdient",
    benefit: "zeigt den Nutzen in der ersten Minute und wird jede Woche besser",
    reason: "die App um eine Sache gebaut ist, die sie hervorragend kann, mit einer Community, die sie mitgestaltet",
    promise: "Nutzen in der ersten Minute – und ein Grund, jeden Tag wiederzukommen.",
  },
  messages: [
    "Gratis testen: Nutzen in der ersten Minute",
    "Von Nutzern geliebt: sehen Sie die Bewertungen",
    "Jede Woche neu, gemeinsam mit unserer Community",
  ],
  mix: {
    product: "{offer}, mit einem Einstieg, der in einer Sitzung zum ersten Erfolg führt, und regelmäßigen Updates.",
    price: "Kostenloser Download mit Freemium- oder Testmodell; Jahresabo mit Rabatt; In-App-Käufe, die den Kern nie blockieren.",
    place: "App Store und Google Play, dazu eine Landingpage zum Teilen und für die Suche.",
  },
  risks: [
    {
      risk: "Installationen steigen, aber Nutzer springen in der ersten Woche ab",
      mitigation: "Bindung an Tag 1 und Tag 7 messen und den Einstieg verbessern, bevor Ausgaben steigen",
      contingency: "Bezahlte Installationen pausieren und einen Onboarding-Sprint einlegen",
    },
    {
      risk: "Die Kosten pro Installation übersteigen den Wert eines Nutzers",
      mitigation: "Maximale Kosten pro Installation aus dem Kundenwert ableiten und wöchentlich prüfen",
      contingency: "Budget zu Creatorn, Store-Optimierung und Empfehlungen verlagern",
    },
  ],
  topics: [
    "Die App in 15 Sekunden: der wichtigste Anwendungsfall",
    "Tipps und versteckte Funktionen, die kaum jemand kennt",
    "Nutzergeschichte oder Highscore der Woche",
    "Neues Update: was sich ändert und warum",
    "Willkommen-zurück-Belohnung für inaktive Nutzer",
    "Community-Challenge und Belohnung fürs Einladen",
  ],
  questions: [
    "Wie hoch sind Ihre Bindung an Tag 1, 7 und 30 und Ihre Umwandlung in zahlende Nutzer?",
    "Was ist ein Nutzer in einem Jahr wert, und was kosten Installationen heute?",
  ],
} satisfies IndustryCopy;
