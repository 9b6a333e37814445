import type { IndustryCopy } from "../../../i18n/types";

export const de = {
  label: "Gesundheit und Fitness",
  kinds: {
    gym: { noun: "Fitnessstudio", a: "ein Fitnessstudio", the: "das Studio" },
    yoga: { noun: "Yoga- und Pilates-Studio", a: "ein Yoga- und Pilates-Studio", the: "das Studio" },
    personalTraining: { noun: "Personal-Training-Angebot", a: "ein Personal-Training-Angebot", the: "das Personal Training" },
  },
  customers: "Mitglieder",
  offer: "Kurse und Betreuung",
  team: "Trainer und Empfang",
  b2bAngle: "Firmenfitness für Arbeitgeber in der Umgebung",
  overview:
    "Fitness {inRegion} teilt sich zwischen Discount-Ketten, Boutique-Studios und Training zu Hause. Entschieden wird nach Lage, Atmosphäre und der ersten Stunde – und die meisten springen in den ersten drei Monaten ab, wenn Gemeinschaft und Routine sie nicht halten.",
  trends: [
    "Boutique- und Gemeinschaftstraining wächst, während Discount-Ketten über den Preis konkurrieren",
    "In Kurzvideos entdecken Menschen Studios und Trainer",
    "Mitglieder wollen messbare Ergebnisse und einen Trainer, der sie wahrnimmt",
  ],
  competitors: [
    {
      name: "Discount-Fitnessketten",
      strengths: "Niedriger Monatsbeitrag, lange Öffnungszeiten, viele Geräte",
      weaknesses: "Voll, anonym und wenig Anleitung",
      edge: "{name} bietet Betreuung, Gemeinschaft und sichtbare Fortschritte",
    },
    {
      name: "Boutique-Studios in der Nähe",
      strengths: "Starke Marke, tolle Atmosphäre und treue Community",
      weaknesses: "Hohe Preise und starre Kurszeiten",
      edge: "Ein freundlicherer Einstieg, flexible Optionen und persönliche Aufmerksamkeit",
    },
    {
      name: "Training zu Hause und Fitness-Apps",
      strengths: "Günstig, bequem und jederzeit verfügbar",
      weaknesses: "Keine Verbindlichkeit, leicht aufzugeben",
      edge: "Trainer und eine Gruppe, die auf Sie warten – deshalb bleiben Mitglieder",
    },
  ],
  swot: {
    strengths: ["Trainer, die Mitglieder beim Namen kennen", "Eine Gemeinschaft, die zum Wiederkommen motiviert"],
    weaknesses: ["Kapazität begrenzt durch Fläche und Kurszeiten", "Hohe Abbruchquote nach den ersten Monaten"],
    opportunities: [
      "Einstiegsangebote und Challenges, die Probetrainings in Mitgliedschaften verwandeln",
      "Firmenfitness-Kooperationen mit Arbeitgebern in der Nähe",
      "Belohnungen für Mitglieder, die Freunde mitbringen",
    ],
    threats: ["Discount-Ketten, die nebenan eröffnen", "Januarhoch gefolgt vom Sommerloch"],
  },
  segments: [
    {
      name: "Wiedereinsteiger",
      description: "Erwachsene, die fitter werden wollen, sich aber in großen Studios unwohl fühlen",
      needs: ["Eine einladende erste Einheit", "Ein Plan, den sie durchhalten"],
    },
    {
      name: "Engagierte Stammmitglieder",
      description: "Menschen, die mehrmals pro Woche trainieren und Fortschritt und Gemeinschaft suchen",
      needs: ["Gute Trainingsplanung und Betreuung", "Kurszeiten, die in ihre Woche passen"],
    },
    {
      name: "Vielbeschäftigte Berufstätige",
      description: "Menschen mit wenig Zeit, die effiziente Einheiten nahe Arbeit oder Zuhause brauchen",
      needs: ["Kurze, wirksame Einheiten", "Einfache Buchung und flexible Zeiten"],
    },
  ],
  personas: [
    {
      name: "Emma, die Wiedereinsteigerin",
      summary: "Will nach langer Pause wieder fit werden und sucht einen Ort, an dem sie sich nicht fehl am Platz fühlt.",
      demographics: "28–45 Jahre, Büroangestellte, wohnt weniger als 15 Minuten entfernt",
      goals: ["Sich stärker und energiegeladener fühlen", "Eine Routine aufbauen, die bleibt"],
      painPoints: ["Sich in einem großen Studio verloren fühlen", "Nach ein paar Wochen die Motivation verlieren"],
      objections: ["Ich bin noch nicht fit genug", "Eine Mitgliedschaft fühlt sich nach großer Verpflichtung an"],
      quote: "Wenn mir jemand zeigt, was ich tun soll, und merkt, wenn ich fehle, bleibe ich dabei.",
    },
    {
      name: "Dan, der engagierte Sportler",
      summary: "Trainiert viermal pro Woche und will Trainer und Leute, die ihn fordern.",
      demographics: "25–40 Jahre, aktiver Berufstätiger, wohnt in der Nähe",
      goals: ["Neue Bestleistungen erreichen", "Mit Leuten auf seinem Niveau trainieren"],
      painPoints: ["Standardprogramme", "Belegte Geräte zu Stoßzeiten"],
      objections: ["Teurer als sein jetziges Studio", "Die Kurszeiten passen vielleicht nicht"],
      quote: "Ich will gutes Coaching und Leute, die mich pushen.",
    },
  ],
  positioning: {
    need: "mit echter Anleitung und Menschen, die sie dranbleiben lassen, fitter werden wollen",
    benefit: "macht aus {offer} sichtbare Fortschritte, in einer Gemeinschaft, die jeden wahrnimmt",
    reason: "jedes Mitglied einen Plan und Trainer hat, die seinen Namen kennen",
    promise: "Betreuung, Gemeinschaft und sichtbare Fortschritte – ganz in Ihrer Nähe.",
  },
  messages: [
    "Ihr erstes Training geht auf uns",
    "Trainer, die Ihren Namen und Ihre Ziele kennen",
    "Jeden Monat stärker: sehen Sie Ihre Fortschritte",
  ],
  mix: {
    product: "{offer}, mit einem Einstiegsprogramm für Neue und Fortschrittsmessung für alle.",
    price:
      "Monatsmitgliedschaften mit einem unverbindlichen Einstiegsangebot; Zehnerkarten für Flexibilität; in Aktionen keine Aufnahmegebühr.",
    place: "Das Studio {inRegion}, mit Online-Buchung und, wo möglich, einigen Online- oder Outdoor-Einheiten.",
    people: "Trainer mit sichtbarem Profil, die Neue begrüßen, sich Namen merken und nach der ersten Einheit nachfassen.",
    process:
      "Kostenloses Probetraining, einfache Online-Buchung, Rückmeldung nach der ersten Woche und monatlicher Fortschrittscheck.",
    physicalEvidence:
      "Saubere, helle Räume, Vorher-nachher-Geschichten mit Einverständnis, Mitgliederfotos und Google-Bewertungen.",
  },
  risks: [
    {
      risk: "Neue Mitglieder springen in den ersten 90 Tagen ab",
      mitigation: "Ein Onboarding-Programm mit Check-ins in Woche 1, 3 und 6 einführen",
      contingency: "Fehlende Mitglieder persönlich anrufen und eine kostenlose Trainereinheit anbieten",
    },
    {
      risk: "Sommerloch nach dem Januarhoch",
      mitigation: "Frühzeitig eine Sommer-Challenge und Outdoor-Einheiten planen",
      contingency: "Pausieren statt Kündigen anbieten und Kurzzeit-Pässe bewerben",
    },
  ],
  topics: [
    "Die Trainer von {nameDat} stellen sich vor",
    "Was in Ihrer ersten Einheit passiert – Schritt für Schritt",
    "Verwandlung eines Mitglieds (mit Einverständnis)",
    "Einstiegsangebot: diesen Monat starten",
    "Monats-Challenge für Mitglieder",
    "Bring-a-Friend-Woche",
  ],
  questions: [
    "Wie viele aktive Mitglieder haben Sie, und wie hoch ist die monatliche Kündigungsrate?",
    "Welche Kurszeiten sind voll und welche nur halb besetzt?",
  ],
} satisfies IndustryCopy;
