import type { IndustryCopy } from "../../../i18n/types";

export const de = {
  label: "Gastronomie",
  kinds: {
    cafe: { noun: "Café", a: "ein Café", the: "das Café" },
    restaurant: { noun: "Restaurant", a: "ein Restaurant", the: "das Restaurant" },
    bakery: { noun: "Bäckerei", a: "eine Bäckerei", the: "die Bäckerei" },
    foodTruck: { noun: "Foodtruck", a: "ein Foodtruck", the: "der Foodtruck" },
  },
  customers: "Gäste",
  offer: "frisches Essen und Getränke",
  team: "Service-Team",
  b2bAngle: "Bürocatering und Team-Frühstücke",
  overview:
    "Unabhängige Gastronomiebetriebe {inRegion} konkurrieren über Bequemlichkeit, Qualität und Atmosphäre. Die meisten neuen Gäste prüfen vor dem ersten Besuch Google Maps, Fotos und Bewertungen, und Stammgäste bringen den Großteil des Umsatzes.",
  trends: [
    "Gäste wählen über Google Maps, Fotos und Sterne – oft wenige Minuten vor dem Besuch",
    "Treue-Apps und Stempelkarten machen aus Gelegenheitsgästen wöchentliche Stammgäste",
    "Die Nachfrage nach regionalen, saisonalen und ernährungsfreundlichen Angeboten (vegan, glutenfrei) steigt weiter",
  ],
  competitors: [
    {
      name: "Ketten und Franchises in der Nähe",
      strengths: "Bekannte Marke, Top-Lagen, Apps und Treueprogramme, lange Öffnungszeiten",
      weaknesses: "Austauschbare Karte und Atmosphäre, wenig persönlicher Service",
      edge: "{name} bietet einen persönlichen Empfang, frischere Ware und einen Ort mit eigenem Charakter",
    },
    {
      name: "Andere unabhängige Betriebe im Viertel",
      strengths: "Treue Stammgäste, lokaler Ruf und fotogene Einrichtung",
      weaknesses: "Oft unregelmäßige Öffnungszeiten und kaum Marketing über Social Media hinaus",
      edge: "Eine klarere Spezialität und ein System für Bewertungen und Stammgäste, das den meisten fehlt",
    },
    {
      name: "Lieferdienste und selbst kochen",
      strengths: "Bequemlichkeit: das Essen kommt aufs Sofa oder an den Schreibtisch",
      weaknesses: "Essen leidet beim Transport, Gebühren summieren sich, kein Erlebnis",
      edge: "Ein Erlebnis, für das sich das Rausgehen lohnt, plus Mitnahme für eilige Tage",
    },
  ],
  swot: {
    strengths: [
      "Inhaber vor Ort: Qualität und Service können persönlich sein",
      "Flexible Karte, die Saison und Feedback schnell folgen kann",
    ],
    weaknesses: [
      "Kapazität begrenzt durch Plätze, Personal und Öffnungszeiten",
      "Umsatz stark abhängig von Wetter, Saison und Laufkundschaft",
    ],
    opportunities: [
      "Frühstück, Mittagstisch und Catering für Büros in der Nähe",
      "Events wie Verkostungen, Workshops oder lange Abende für ruhige Zeiten",
      "Stammgäste, die heute schon einem Treueprogramm oder Newsletter beitreten würden",
    ],
    threats: ["Steigende Kosten für Waren, Energie und Personal drücken die Marge", "Eine neue Kette eröffnet in Laufweite"],
  },
  segments: [
    {
      name: "Stammgäste aus der Nachbarschaft",
      description: "Menschen, die im Umkreis von zehn Minuten wohnen oder arbeiten und {nameAcc} in ihren Alltag einbauen können",
      needs: ["Gleichbleibende Qualität und ein freundlicher Empfang", "Tempo zu Stoßzeiten"],
    },
    {
      name: "Wochenend- und Freizeitgäste",
      description: "Freunde, Paare und Familien, die einen guten Ort für ein, zwei Stunden suchen",
      needs: ["Atmosphäre und etwas, das sich zu teilen lohnt", "Platz, Tische und einfache Reservierung"],
    },
    {
      name: "Betriebe in der Umgebung",
      description: "Büros und Geschäfte, die für Meetings, Teams und Veranstaltungen bestellen",
      needs: ["Zuverlässige Lieferung zur vereinbarten Zeit", "Einfache Bestellung und Abrechnung"],
    },
  ],
  personas: [
    {
      name: "Maya, die Stammkundin unter der Woche",
      summary: "Arbeitet in der Nähe und möchte ihren täglichen Kaffee oder Mittagstisch schnell, gut und vertraut.",
      demographics: "28–40 Jahre, Büro oder hybrid, wohnt oder arbeitet weniger als 10 Minuten entfernt",
      goals: ["Gutes Essen oder guter Kaffee ohne Umweg", "Ein kleiner täglicher Genuss, der persönlich wirkt"],
      painPoints: ["Schlangen, wenn sie es eilig hat", "Ketten, in denen alles gleich schmeckt"],
      objections: ["Etwas teurer als die Kette", "Unsicher, ob geöffnet ist, wenn sie Zeit hat"],
      quote: "Wenn sie meine Bestellung kennen und ich nach fünf Minuten wieder draußen bin, komme ich morgen wieder.",
    },
    {
      name: "Tom und Sara, die Wochenend-Entdecker",
      summary: "Suchen am Wochenende neue Orte und vertrauen Fotos und Bewertungen mehr als Werbung.",
      demographics: "25–45 Jahre, Paar oder kleine Gruppe, innerhalb von 30 Minuten",
      goals: ["Einen Ort finden, der den Weg wert ist", "Etwas zum Fotografieren und Weiterempfehlen"],
      painPoints: ["Orte, die online besser aussehen als in echt", "Lange Wartezeiten ohne Reservierung"],
      objections: ["Es gibt schon Lieblingsorte näher an zu Hause", "Unsicher, ob es voll ist"],
      quote: "Wir haben es auf Instagram gesehen, die Bewertungen waren super – also haben wir es probiert.",
    },
  ],
  positioning: {
    need: "gutes Essen und Trinken in der Nähe wollen, ohne sich mit einer Kette zufriedenzugeben",
    benefit: "serviert {offer}, für die sich der kurze Umweg lohnt, mit einem persönlichen Empfang",
    reason: "alles mit Sorgfalt von Menschen zubereitet wird, die ihre Stammgäste kennen",
    promise: "Frisch und gut gemacht – mit einem Empfang, der Gäste wiederkommen lässt.",
  },
  messages: [
    "Frisch gemacht von Menschen, die Ihren Namen kennen",
    "Ihr täglicher Stopp, richtig gut gemacht",
    "Kommen Sie fürs Essen, bleiben Sie für die Atmosphäre",
  ],
  mix: {
    product:
      "Eine fokussierte Karte rund um {offer}, mit Lieblingsprodukten, die Gäste weiterempfehlen, und saisonalen Specials als Grund zum Wiederkommen.",
    price: "Etwas über den Ketten, begründet durch Qualität; Treuebelohnungen statt Rabatte; Menüs oder Bundles zur Mittagszeit.",
    place:
      "Der Betrieb {inRegion} plus Mitnahme und, wenn die Marge es erlaubt, Lieferung zu ruhigen Zeiten; auf Google Maps mit korrekten Öffnungszeiten sichtbar.",
    people: "Ein Service-Team, das Stammgäste mit Namen begrüßt und zufriedene Gäste um eine Bewertung bittet.",
    process: "Schneller Service zu Stoßzeiten, einfache Bestellung und eine Treuekarte oder App, die an der Kasse funktioniert.",
    physicalEvidence:
      "Saubere, einladende Räume und Fassade, gute Fotos auf Google und Instagram und Bewertungen, die den Empfang loben.",
  },
  risks: [
    {
      risk: "Eine ruhige Saison oder schlechtes Wetter senkt die Besucherzahl über Wochen",
      mitigation: "Früh E-Mail-Liste und Treuebasis aufbauen und saisonale Specials planen",
      contingency: "In ruhigen Wochen Mitnahme, Catering und Events forcieren",
    },
    {
      risk: "Schwankende Qualität oder schwacher Service führen zu negativen Bewertungen",
      mitigation: "Rezepte und Servicestandards aufschreiben und das Team wöchentlich briefen",
      contingency: "Jede Beschwerde innerhalb von 24 Stunden öffentlich beantworten und den Gast erneut einladen",
    },
  ],
  topics: [
    "Das Team hinter {nameDat} stellt sich vor",
    "So entsteht unser Klassiker: {offer}",
    "Fünf Dinge, die Stammgäste bei {nameDat} bestellen",
    "Das Special der Woche und wie man es bekommt",
    "Stammgast-Ecke: ein Dankeschön für Mitglieder",
    "Ihre Fotos: die schönsten Gästebeiträge des Monats",
  ],
  questions: [
    "Wie hoch ist Ihr durchschnittlicher Bon, und wann sind die vollsten und ruhigsten Zeiten?",
    "Wie viele Plätze können Sie zur Stoßzeit bedienen, und gibt es Spielraum für Mitnahme oder Catering?",
  ],
} satisfies IndustryCopy;
