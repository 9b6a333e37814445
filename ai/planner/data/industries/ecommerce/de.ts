import type { IndustryCopy } from "../../../i18n/types";

export const de = {
  label: "E-Commerce und Direktvertrieb (D2C)",
  kinds: {
    onlineStore: { noun: "Onlineshop", a: "ein Onlineshop", the: "der Onlineshop" },
    d2cBrand: { noun: "Direktvertriebsmarke", a: "eine Direktvertriebsmarke", the: "die Marke" },
    retailShop: { noun: "unabhängiges Geschäft", a: "ein unabhängiges Geschäft", the: "das Geschäft" },
  },
  customers: "Kunden",
  offer: "gut gemachte Produkte",
  team: "Kundenservice",
  b2bAngle: "Großhandelsbestellungen und Firmengeschenke",
  overview:
    "Der Onlinehandel ist voll, und bezahlter Traffic wird immer teurer. Unabhängige Marken gewinnen mit einer klaren Nische, starken Produktfotos und Bewertungen sowie Wiederkäufen über die eigene E-Mail-Liste statt mit einmaligen, anzeigengetriebenen Verkäufen.",
  trends: [
    "Die Kosten pro Neukunde auf Meta und Google steigen weiter, daher tragen Kundenbindung und E-Mail mehr vom Gewinn",
    "Kunden entdecken Produkte auf TikTok und Instagram und lesen vor dem Kauf Bewertungen",
    "Marktplätze wie Amazon prägen die Erwartung an schnelle, kostenlose Lieferung und einfache Retouren",
  ],
  competitors: [
    {
      name: "Amazon und große Händler",
      strengths: "Riesiges Sortiment, schnelle Lieferung, niedrige Preise und vertrauter Checkout",
      weaknesses: "Keine Geschichte, keine Auswahl, wenig Gespür für die Nische",
      edge: "{name} bietet eine kuratierte Auswahl, eine Geschichte mit Bedeutung und persönlichen Service",
    },
    {
      name: "Andere unabhängige Marken der Nische",
      strengths: "Ähnliche Produkte, starke Social-Media-Präsenz und treue Follower",
      weaknesses: "Oft abhängig von einem Kanal und von Rabatten",
      edge: "Ein klarerer Standpunkt und ein System für Bewertungen, E-Mail und Wiederkäufe",
    },
    {
      name: "Markenlose Kopien",
      strengths: "Billiger und auf allen Marktplätzen und in Anzeigen präsent",
      weaknesses: "Schwankende Qualität, langsamer Versand, kein Service",
      edge: "Bewährte Qualität, ehrliche Materialien und echter Kundenservice",
    },
  ],
  swot: {
    strengths: ["Direkte Beziehung zu Kunden und deren Daten", "Produkte und Angebote lassen sich schnell testen"],
    weaknesses: ["Abhängigkeit von immer teurerem bezahltem Traffic", "Geringe Bekanntheit außerhalb der bestehenden Follower"],
    opportunities: [
      "Sets und Abos, die Warenkorb und Wiederkauf steigern",
      "Creator-Kooperationen und Kundeninhalte, die zugleich als Werbemotive dienen",
      "Geschenkläden oder Großhändler, die Produkte neuen Käufern zeigen",
    ],
    threats: ["Steigende Werbekosten und Plattformänderungen", "Billigere Kopien"],
  },
  segments: [
    {
      name: "Fans der Nische",
      description: "Menschen, denen die Kategorie wichtig ist und die vor dem Kauf recherchieren – die Kernkäufer für {offer}",
      needs: ["Verlässliche Qualität und Details zur Herstellung", "Eine Marke, die ihre Werte teilt"],
    },
    {
      name: "Geschenkekäufer",
      description: "Menschen, die ein durchdachtes Geschenk suchen, besonders vor Feiertagen und Anlässen",
      needs: ["Geschenkverpackung und Lieferung zum Termin", "Einfache Auswahl durch Sets und Ratgeber"],
    },
    {
      name: "Wiederkäufer",
      description: "Frühere Käufer, die nachbestellen oder Neues testen würden, wenn man sie erinnert",
      needs: ["Einfaches Nachbestellen", "Früher Zugang und Treuevorteile"],
    },
  ],
  personas: [
    {
      name: "Jana, die bewusste Käuferin",
      summary: "Kauft weniger, aber besser, und folgt kleinen Marken auf Instagram, bevor sie sie ausprobiert.",
      demographics: "25–40 Jahre, berufstätig in der Stadt, kauft wöchentlich online",
      goals: ["Produkte finden, die ihr Geld wert sind und halten", "Marken unterstützen, die ihre Werte teilen"],
      painPoints: ["Produkte, die auf Fotos besser aussehen als in echt", "Langsamer Versand und komplizierte Retouren"],
      objections: ["Lohnt sich der Aufpreis gegenüber Amazon?", "Versandkosten an der Kasse"],
      quote: "Ich zahle etwas mehr, wenn ich weiß, wer es gemacht hat, und die Bewertungen echt sind.",
    },
    {
      name: "Markus, der Last-Minute-Schenker",
      summary: "Braucht schnell ein gutes Geschenk und vertraut klaren Bewertungen und Lieferterminen.",
      demographics: "30–55 Jahre, vielbeschäftigt, kauft Geschenke online",
      goals: ["Ein Geschenk, das persönlich wirkt", "Pünktliche Lieferung ohne Stress"],
      painPoints: ["Unklare Liefertermine", "Zu viel Auswahl"],
      objections: ["Kommt es rechtzeitig an?", "Kann ich es zurückgeben, wenn es nicht passt?"],
      quote: "Sagen Sie mir, dass es Freitag ankommt und in der Schachtel gut aussieht, dann kaufe ich.",
    },
  ],
  positioning: {
    need: "{offer} wollen, denen sie vertrauen können, ohne sich durch endlose Kopien zu wühlen",
    benefit: "macht den Kauf einfach und das Auspacken zur Freude",
    reason: "die Marke Produkt, Geschichte und Service von Anfang bis Ende selbst in der Hand hat",
    promise: "Produkte, denen Sie vertrauen können, schnell verschickt, von einer Marke, die antwortet.",
  },
  messages: [
    "Mit Sorgfalt gemacht – wir zeigen Ihnen, wie",
    "Von Kunden geliebt: lesen Sie die Bewertungen",
    "Schneller Versand, einfache Retouren, echte Menschen im Service",
  ],
  mix: {
    product:
      "Ein fokussiertes Sortiment rund um {offer}, mit Bestsellern, Sets und jedes Quartal einem neuen Produkt oder einer neuen Variante.",
    price: "Über Massenware, begründet durch Qualität; Sets und Versandkostenfrei-Grenzen statt pauschaler Rabatte.",
    place: "Zuerst der eigene Onlineshop, ergänzt durch Marktplätze für Reichweite und ausgewählte Händler.",
  },
  risks: [
    {
      risk: "Werbekosten steigen und bezahlte Social-Media-Werbung rechnet sich nicht mehr",
      mitigation: "E-Mail-Liste und Wiederkäufe ausbauen, damit der Gewinn nicht an Anzeigen hängt",
      contingency: "Budget zu Creatorn, SEO und E-Mail verlagern und unrentable Anzeigengruppen streichen",
    },
    {
      risk: "Ausverkaufte Ware oder Lieferverzögerungen bringen schlechte Bewertungen zur ungünstigsten Zeit",
      mitigation: "Bestände für Spitzenzeiten planen und ehrliche Liefertermine zeigen",
      contingency: "Betroffene Kunden zuerst informieren, mit klarem Termin und einer kleinen Aufmerksamkeit",
    },
  ],
  topics: [
    "So entsteht es: {offer} hinter den Kulissen von {nameDat}",
    "Drei Ideen, unseren Bestseller zu nutzen oder zu kombinieren",
    "Kundenbewertung der Woche, in eigenen Worten",
    "Set oder Geschenkratgeber mit klarem Liefertermin",
    "Pflegetipps und Nachbestell-Erinnerung für Kunden",
    "Unboxing und geteilte Beiträge von Kunden",
  ],
  questions: [
    "Wie hoch sind Ihr durchschnittlicher Warenkorb, Ihre Rohmarge und Ihre aktuelle Wiederkaufrate?",
    "Welche Produkte verkaufen sich heute am besten, und über welchen Kanal?",
  ],
} satisfies IndustryCopy;
