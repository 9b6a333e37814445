import type { IndustryCopy } from "../../../i18n/types";

export const de = {
  label: "gemeinnütziger Sektor",
  kinds: { charity: { noun: "gemeinnützige Organisation", a: "eine gemeinnützige Organisation", the: "die Organisation" } },
  customers: "Unterstützer",
  offer: "Projekte vor Ort",
  team: "Ehrenamtliche und Team",
  b2bAngle: "Unternehmenspartnerschaften und Mitarbeiterspenden",
  overview:
    "Gemeinnützige Organisationen konkurrieren um Aufmerksamkeit und Vertrauen ebenso wie um Geld. Menschen spenden für Anliegen, die sie verstehen und deren Fortschritt sie sehen; der Großteil der Spenden kommt von einem kleinen Kreis treuer Spender, daher zählt Bindung so viel wie Gewinnung.",
  trends: [
    "Regelmäßiges Spenden wächst, während Einzelspenden mit der Wirtschaftslage schwanken",
    "Unterstützer wollen Wirkung sehen: Geschichten, Zahlen und Neuigkeiten",
    "Spendenaktionen von Unterstützern und Social-Media-Challenges erreichen jüngere Spender",
  ],
  competitors: [
    {
      name: "Große überregionale Hilfsorganisationen",
      strengths: "Bekanntheit, große Kampagnen und professionelles Fundraising",
      weaknesses: "Spender fühlen sich weit weg von der Wirkung",
      edge: "{name} zeigt genau, wohin jede Spende fließt – direkt vor Ort",
    },
    {
      name: "Andere lokale Initiativen",
      strengths: "Verankerung in der Gemeinschaft und persönliche Netzwerke",
      weaknesses: "Begrenzte Reichweite und unregelmäßige Kommunikation",
      edge: "Regelmäßige, ehrliche Neuigkeiten und einfache Wege zu helfen",
    },
    {
      name: "Zeit oder Geld anderswo geben",
      strengths: "Menschen haben viele Anliegen und begrenzte Mittel",
      weaknesses: "Verstreutes Geben fühlt sich selten bedeutsam an",
      edge: "Ein klarer, greifbarer Grund, hier zu geben, und der Beleg, dass es wirkt",
    },
  ],
  swot: {
    strengths: ["Eine klare Mission, die Menschen berührt", "Ehrenamtliche und Begünstigte mit starken Geschichten"],
    weaknesses: ["Kleines Team mit wenig Zeit für Kommunikation", "Abhängigkeit von wenigen Großspendern oder Fördermitteln"],
    opportunities: [
      "Ein Programm für regelmäßige Spenden für planbare Einnahmen",
      "Unternehmenspartnerschaften und Corporate Volunteering",
      "Kostenlose Werkzeuge wie Google Ad Grants und Rabatte für Gemeinnützige",
    ],
    threats: ["Spendenmüdigkeit und wirtschaftlicher Druck", "Konkurrenz um Fördermittel"],
  },
  segments: [
    {
      name: "Engagierte Unterstützer vor Ort",
      description: "Menschen, die das Anliegen schon kennen, sich engagieren oder gelegentlich spenden",
      needs: ["Die Wirkung ihrer Unterstützung sehen", "Einfache Wege, regelmäßig zu spenden"],
    },
    {
      name: "Neue Spender über Geschichten",
      description: "Menschen, denen das Anliegen wichtig ist, die {nameAcc} aber noch nicht kennen",
      needs: ["Ein klarer, berührender Grund zu handeln", "Ein einfacher erster Schritt"],
    },
    {
      name: "Unternehmen und Stiftungen",
      description: "Firmen und Förderer, die glaubwürdige Partner suchen",
      needs: ["Messbare Ergebnisse und Berichte", "Sichtbarkeit und Einbindung der Mitarbeitenden"],
    },
  ],
  personas: [
    {
      name: "Ruth, die treue Unterstützerin",
      summary: "Spendet mehrmals im Jahr, teilt Beiträge und würde monatlich geben, wenn man sie richtig fragt.",
      demographics: "45–70 Jahre, wohnt vor Ort, aktiv in der Gemeinde",
      goals: ["Vor Ort wirklich etwas bewegen", "Wissen, dass ihr Geld gut eingesetzt wird"],
      painPoints: ["Nicht erfahren, was aus ihrer Spende wurde", "Sich unter Druck gesetzt fühlen"],
      objections: ["Sie unterstützt schon mehrere Anliegen", "Sorge um Verwaltungskosten"],
      quote: "Zeigen Sie mir, was meine Spende bewirkt hat, und ich spende weiter.",
    },
    {
      name: "Leo, der junge Aktivist",
      summary: "Das Anliegen ist ihm wichtig, er hat wenig Geld, aber ein großes Netzwerk, und macht bei Challenges mit.",
      demographics: "20–35 Jahre, Student oder Berufseinsteiger, aktiv in Social Media",
      goals: ["Bei Themen handeln, die ihm wichtig sind", "Freunde mitnehmen"],
      painPoints: ["Anliegen, die altmodisch oder fern wirken", "Komplizierte Anmeldungen"],
      objections: ["Ich kann nicht viel geben", "Ob das wirklich etwas ändert?"],
      quote: "Viel geben kann ich nicht, aber ich kann zwanzig Freunde mitbringen.",
    },
  ],
  positioning: {
    need: "wollen, dass ihre Unterstützung sichtbar etwas bewirkt",
    benefit: "macht aus jeder Spende und jeder Stunde sichtbare Wirkung",
    reason: "die Organisation offen berichtet, was jede Gabe erreicht",
    promise: "Jede Spende bewirkt sichtbar etwas – und wir zeigen Ihnen, was.",
  },
  messages: [
    "Sehen Sie genau, was Ihre Spende bewirkt",
    "Werden Sie Teil der Menschen, die es möglich machen",
    "Monatlich spenden: verlässliche Hilfe für die Menschen, die wir begleiten",
  ],
  mix: {
    product: "{offer}, erklärt als konkrete Vorhaben mit greifbaren Ergebnissen, die Unterstützer finanzieren können.",
    price: "Empfohlene Beträge, verknüpft mit Ergebnissen; die Monatsspende als Standardbitte; Partnerstufen für Unternehmen.",
    place: "Online-Spendenseite, Veranstaltungen {inRegion} sowie Räume und Netzwerke der Partner.",
    people: "Team und Ehrenamtliche, die persönlich danken und Geschichten aus der Arbeit teilen.",
    process: "Spenden mit einem Klick, Dank innerhalb von 48 Stunden, Wirkungsbericht innerhalb von drei Monaten.",
    physicalEvidence: "Wirkungsberichte, Fotos und Geschichten mit Einverständnis, transparente Finanzen und Partnerlogos.",
  },
  risks: [
    {
      risk: "Ein großer Förderer oder Spender fällt weg und die Einnahmen sinken",
      mitigation: "Dauerspender ausbauen und Förderquellen streuen",
      contingency: "Einen Dringlichkeitsaufruf mit klarem Ziel an die engagiertesten Unterstützer richten",
    },
    {
      risk: "Ehrenamtlichen und Team fehlt die Zeit für Kommunikation",
      mitigation: "Inhalte monatlich planen und eine ehrenamtliche Person für Kommunikation gewinnen",
      contingency: "Sich auf E-Mail-Neuigkeiten und die Bitte um Monatsspenden beschränken",
    },
  ],
  topics: [
    "Eine Geschichte der Menschen, die {name} begleitet (mit Einverständnis)",
    "Warum dieses Anliegen {inRegion} zählt – in Zahlen",
    "Wohin Ihre Spende fließt: die Aufschlüsselung",
    "Aufruf: Helfen Sie uns, das Monatsziel zu erreichen",
    "Wirkungsbericht und Dank an die Unterstützer",
    "Ehrenamt im Porträt und Einladung mitzumachen",
  ],
  questions: [
    "Wie viele aktive Spender haben Sie, und wie viele spenden monatlich?",
    "Welche Projekte brauchen am dringendsten Geld, und was bewirkt eine Spende in welcher Höhe?",
  ],
} satisfies IndustryCopy;
