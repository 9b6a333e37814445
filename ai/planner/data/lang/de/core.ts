import type { CoreTemplates } from "../en/core";

/** Deutsche Vorlagen: Beschriftungen und erste Hälfte des Plans. */
export const deCore: CoreTemplates = {
  locale: "de",
  and: "und",
  fallbackName: "Ihr Unternehmen",
  planTitle: "{name}: Marketingplan",
  planTitleOffer: "{headline} {inRegion}: Marketingplan",
  inRegion: "in {region}",
  inYourArea: "in Ihrer Region",
  online: "online",
  yourArea: "Ihrem Standort",
  models: {
    B2C: "Anbieter für Privatkunden (B2C)",
    B2B: "Anbieter für Geschäftskunden (B2B)",
    B2B2C: "Anbieter, der Endkunden über Geschäftspartner erreicht (B2B2C)",
    D2C: "Marke im Direktvertrieb an Endkunden (D2C)",
    marketplace: "Marktplatz, der Käufer und Anbieter zusammenbringt",
    nonprofit: "gemeinnützige Organisation",
  },
  stages: { idea: "Ideenphase", launch: "Startphase", growth: "Wachstumsphase", established: "Reifephase" },
  bands: { tiny: "sehr kleines", small: "kleines", medium: "mittleres", large: "großes", huge: "sehr großes" },
  roles: { owner: "Inhaber/in", marketing: "Marketingleitung", sales: "Vertriebsleitung", content: "Content-Verantwortliche/r" },
  summary: {
    introUnnamed: "{name} {inRegion} bietet {offer} für {audience}.",
    introOwn: "{name} {inRegion} {linked} richtet sich an {audience}.",
    intro: [
      "{name} ist {kindA} {inRegion} und bietet {offer} für {audience}.",
      "{name} verkauft {offer} an {audience} {inRegion}; dieser Plan sieht {nameAcc} in der {stage}.",
    ],
    focus:
      "Über {months} Monate stellt der Plan {segment} in den Mittelpunkt und beginnt mit einem 90-Tage-Schub, dessen erstes Ziel lautet: {objective}.",
    channels:
      "Er setzt auf {proven}, baut {next} auf und testet {experimental} – mit {budget} pro Monat, aufgeteilt 70/20/10 auf bewährte, nächste und experimentelle Kanäle.",
    budgetStated: "Das Budget sind die von Ihnen genannten {budget} pro Monat.",
    budgetEstimated: "Es wurde kein Budget genannt; {budget} pro Monat ist eine Schätzung, die Sie bestätigen sollten.",
    premium: "Alles, vom Preis bis zu den Fotos, positioniert {nameAcc} im Premiumsegment des Marktes.",
    b2b: "Geschäftskunden zuerst: {b2bAngle} ist der schnellste Weg zu stetigem Umsatz.",
    closing: [
      "Prüfen Sie die Zahlen wöchentlich und ersetzen Sie nach dem ersten Monat jeden als Schätzung markierten Wert durch eigene Daten.",
      "Vergleichen Sie die KPIs jede Woche mit ihren Zielen; ersetzen Sie nach vier Wochen die Schätzungen durch Ihre Messwerte.",
    ],
  },
  situation: {
    namedStrengths: "Bei {audience} {inRegion} schon bekannt, mit Stammkunden und Gewohnheiten",
    namedWeaknesses: "Von Ihnen genannt; Schwächen aus Gesprächen mit Kunden ergänzen, die gewechselt haben",
    namedEdge: "{name} gewinnt mit {offer} und einer persönlichen Art, die ein größerer Name nicht kopieren kann",
    quote: "In den Worten des Inhabers: „{quote}“",
    summary: "{name} ist {kindA} {inRegion} für {audience}, derzeit in der {stage}; Geschäftsmodell: {model}.",
    summaryUnnamed: "{name} {inRegion} richtet sich an {audience}, derzeit in der {stage}; Geschäftsmodell: {model}.",
    reachLocal:
      "Die meisten {customers} kommen aus der Umgebung von {region}, daher zählen lokale Suche, Bewertungen und Mundpropaganda am meisten.",
    reachOnline:
      "Online zu verkaufen heißt, weit über eine Stadt hinaus um Aufmerksamkeit zu konkurrieren; daher zählen Sichtbarkeit in der Suche, soziale Beweise und ein reibungsloser Kaufweg am meisten.",
    strengthOffer: "Ein konkretes Angebot, das Kunden weitererzählen können: {offer}",
    strengthTerms: "Unverwechselbare Details für die Botschaften: {terms}",
    strengthAudience: "Eine klar benannte Zielgruppe: {audience}",
    weaknessNew: "Noch keine Bewertungen, keine Historie und keine Kundenliste – jeder erste Kunde zählt",
    weaknessBudget:
      "Ein kleines Budget lässt wenig Raum für bezahlte Reichweite; Zeit und Beständigkeit müssen die Arbeit machen",
    threatCompetitor: "Wettbewerb durch {competitor}: kann das Angebot kopieren oder mehr als {name} in Sichtbarkeit investieren",
  },
  audience: {
    personaAudience: "Gehört zu der Zielgruppe, die Sie genannt haben: {audience}.",
    statedDescription: "Die von Ihnen genannte Zielgruppe: {audience}. {detail}",
    b2bName: "Firmenkunden für {b2bAngle}",
    b2bDescription:
      "Unternehmen, Büros und Organisationen aus der Umgebung, die {b2bAngle} in größeren, wiederkehrenden Aufträgen kaufen und ebenso nach Zuverlässigkeit und Rechnungsstellung entscheiden wie nach Geschmack.",
    b2bNeeds: [
      "Zuverlässige Lieferung zu vereinbarten Terminen, mit Rechnung und klaren Konditionen",
      "Eine Ansprechperson, die schnell antwortet",
    ],
    enterpriseName: "Größere Kunden mit eigenem Einkauf",
    enterpriseDescription:
      "Organisationen mit Einkaufs- oder Betriebsleitung, die {offer} für mehrere Teams oder Standorte kaufen und Referenzen, Antworten zur Sicherheit und einen klaren Business Case erwarten.",
    enterpriseNeeds: ["Ein Business Case, den sie intern weiterleiten können", "Nachweise von vergleichbaren Organisationen"],
    rationaleStated:
      "Diese Zielgruppe haben Sie selbst genannt – Menschen, die {need}. Hier zu beginnen hält Botschaft, Kanäle und Budget fokussiert.",
    rationale:
      "Beginnen Sie bei dieser Zielgruppe: {segment} – Menschen, die {need}. Über {proven} lassen sie sich im Rahmen des Budgets erreichen; die anderen Segmente folgen, sobald dieses konvertiert.",
    b2bPersona: {
      name: "Dana, die Office-Managerin",
      summary: "Betreut Räume und Lieferanten für ein Team von 20 bis 80 Personen und bucht {b2bAngle}.",
      demographics: "30–50 Jahre, Office- oder Betriebsmanagerin, tätig {inRegion}",
      goals: ["Einen Lieferanten finden, dem sie nie hinterherlaufen muss", "Das Team im Rahmen des Budgets zufriedenstellen"],
      painPoints: [
        "Lieferanten, die Termine verpassen oder falsche Rechnungen schicken",
        "Zeit mit dem Vergleichen von Angeboten verlieren",
      ],
      objections: ["Schafft ein Betrieb dieser Größe unser Volumen?", "Wir haben schon einen Lieferanten, der genügt"],
      quote: "Wenn Sie zuverlässig sind und sauber abrechnen, bekommen Sie den Folgeauftrag.",
    },
  },
  positioning: {
    statementOwn: "Für {audience}, die {need}: {name} {benefit}, weil {reason}.",
    statementOwnPremium: "Für {audience}, die {need} und bereit sind, für das Beste zu zahlen: {name} {benefit}, weil {reason}.",
    statement: "Für {audience}, die {need}: {name} {benefit}, weil {reason}.",
    statementPremium: "Für {audience}, die {need} und bereit sind, für das Beste zu zahlen: {name} {benefit}, weil {reason}.",
    valueProposition: "{promise}",
    valueOffer: "Für {audience} heißt das: {offer}.",
    premiumPromise: "Premium in jedem Detail – und den Preis wert.",
    messageTerms: "Bekannt für: {terms}",
  },
  voice: {
    friendly: {
      traits: ["Herzlich", "Einladend", "Bodenständig"],
      do: [
        "Schreiben wie im Gespräch mit Stammkunden: kurze Sätze, persönliche Ansprache",
        "Die Menschen hinter {nameDat} zeigen",
        "Jeden Kommentar und jede Bewertung innerhalb eines Tages beantworten",
      ],
      dont: ["Konzernsprache oder steife Formulierungen", "Rabattgeschrei oder falsche Dringlichkeit"],
    },
    premium: {
      traits: ["Stilvoll", "Selbstbewusst", "Aufmerksam"],
      do: [
        "Handwerk und Details die Botschaft tragen lassen",
        "Weniger, dafür bessere Fotos mit einheitlichem Stil",
        "Zutaten, Materialien und Verfahren präzise benennen",
      ],
      dont: ["Rabatte als wichtigster Aufhänger", "Ausrufezeichen, Jargon oder überladene Bilder"],
    },
    expert: {
      traits: ["Klar", "Glaubwürdig", "Hilfreich"],
      do: [
        "Mit dem Problem des Lesers beginnen, dann die Antwort geben",
        "Aussagen mit Zahlen, Beispielen oder Referenzen belegen",
        "Fachbegriffe in einfacher Sprache erklären",
      ],
      dont: ["Aufgeblasene Wörter wie „revolutionär“ oder „marktführend“", "Lange Absätze ohne Kernaussage"],
    },
    bold: {
      traits: ["Mutig", "Verspielt", "Direkt"],
      do: [
        "Mit einem Aufhänger in der ersten Zeile oder Sekunde beginnen",
        "Eine Haltung haben und sie klar sagen",
        "Humor verwenden, der bei der Zielgruppe ankommt ({audience})",
      ],
      dont: ["Trends kopieren, die nicht zu {nameDat} passen", "Vage Versprechen, die jeder Wettbewerber machen könnte"],
    },
    caring: {
      traits: ["Warmherzig", "Geduldig", "Ermutigend"],
      do: [
        "Ergebnisse echter Menschen zeigen, mit deren Einverständnis",
        "Den nächsten Schritt klein und klar machen",
        "Oft und konkret danken",
      ],
      dont: ["Schuldgefühle, Druck oder Schockbilder", "Fachjargon, der Neulinge ausschließt"],
    },
  },
  toneWords: {
    premium: ["premium", "luxuriös", "edel", "elegant", "hochwertig", "exklusiv", "stilvoll"],
    expert: ["professionell", "seriös", "sachlich", "kompetent", "fachlich", "förmlich", "vertrauenswürdig"],
    bold: ["mutig", "frech", "verspielt", "witzig", "lustig", "energiegeladen", "provokant"],
    caring: ["warmherzig", "einfühlsam", "fürsorglich", "beruhigend", "sanft", "unterstützend", "herzlich"],
    friendly: ["freundlich", "locker", "nahbar", "einladend", "entspannt", "bodenständig"],
  },
};
