import type { SectionTemplates } from "../en/sections";

/** Deutsche Vorlagen: von den Zielen bis zu den Annahmen. */
export const deSections: SectionTemplates = {
  objectives: {
    customBaseline: "Ausgangswert für {thing}: null angenommen; durch Ihre eigene Zahl ersetzen",
    title: "{kpi}: von {baseline} auf {target} in {days} Tagen",
    titleAlt: "{kpi} innerhalb von {days} Tagen von {baseline} auf {target} steigern",
    rationaleGoal: "Sie haben dieses Ziel gesetzt, und „{kpi}“ misst es am klarsten.",
    rationaleDefault: "„{kpi}“ zeigt als Erstes, ob die Arbeit über {proven} die Zielgruppe erreicht: {segment}.",
    statedTarget: "Der Zielwert ist die von Ihnen genannte Zahl.",
    estimatedTarget:
      "Ausgangs- und Zielwert sind Branchenrichtwerte ({kind}, {stage}); ersetzen Sie sie in der ersten Woche durch eigene Daten.",
    extraGoals: "Es deckt auch Ihre Ziele ab: {goals}.",
    baselineBasis: "Branchenrichtwert ({kind}, {stage}); durch eigene Zahl ersetzen",
    baselineNew: "Start bei null in der {stage}",
    targetBasis: "Richtwert für die Steigerung in einem fokussierten 90-Tage-Plan",
    horizonBasis: "Das 90-Tage-Tempo, fortgeschrieben auf {months} Monate",
    statedBasis: "In Ihrem Ziel genannt",
    scaledBasis: "Aus Ihrem Ziel: {goal}",
    growthKpi: "Wachstum: {kpi}",
    growthBaselineBasis: "Der heutige Stand ist der Ausgangspunkt",
  },
  strategy: {
    approach: {
      idea: "Erst die Nachfrage prüfen, dann ausgeben: über {proven} eine Warteliste von {customers} aufbauen, Angebot und Preis mit kleinem Budget testen und erst dann skalieren.",
      launch:
        "Die ersten {customers} schnell gewinnen: {nameAcc} über {proven} leicht auffindbar machen, jeden frühen Kunden um eine Bewertung oder Empfehlung bitten und bezahlte Werbung klein halten, bis die Botschaft konvertiert.",
      growth:
        "Ausbauen, was schon funktioniert: den Großteil des Budgets auf {proven} setzen, mit {next} noch mehr Menschen aus der Zielgruppe ({segment}) erreichen und mit dem Rest jeweils ein Experiment fahren.",
      established:
        "Verteidigen und vertiefen: {nameAcc} über {proven} präsent halten, abgewanderte {customers} zurückgewinnen und mit {next} ein neues Segment erschließen, ohne die Marke zu verwässern.",
    },
    local: "Der Fokus bleibt lokal: zuerst die Umgebung von {region}, wo {name} leicht erreichbar ist.",
    online: "Jeder Kanal speist einen messbaren Weg vom ersten Klick bis zum Kauf.",
    b2b: "Geschäftskunden zuerst, mit {b2bAngle} als Einstiegsangebot.",
    premium: "Preis, Auftritt und Partner signalisieren durchgehend das Premiumsegment.",
    promotion:
      "Schwerpunkt auf {proven}; Unterstützung durch {next}; Test von {experimental}. Jeder Inhalt wiederholt eine Botschaft: {message}",
    premiumPrice:
      "Preise im oberen Marktsegment, mit Begründung: {reason}. Keine Rabatte, sondern Mehrwert (bevorzugte Termine, Extras, limitierte Editionen).",
    people:
      "{team}, die das Angebot und die Stammkunden mit Namen kennen; Schulung zu den drei Kernbotschaften und zur Bitte um Bewertungen.",
    process: "Ein einfacher, schneller Weg vom ersten Kontakt zum Kauf, mit Nachfassen nach jedem ersten Besuch oder Auftrag.",
    physicalEvidence: "Bewertungen, Fotos echter Arbeiten und Kunden und ein gepflegter Online-Auftritt, der zum Erlebnis passt.",
    funnel: {
      awareness: {
        goal: "{audience} {inRegion} wissen lassen, dass es {nameAcc} gibt",
        metric: "Reichweite und Profilaufrufe",
        tactic: "Regelmäßig dort posten, wo {audience} ohnehin Zeit verbringen",
      },
      consideration: {
        goal: "Einen Grund geben, {nameAcc} statt der Alternativen zu wählen",
        metric: "Website-Besuche und Anfragen",
        tactic: "Belege zeigen: Bewertungen, Vorher-nachher-Beispiele und Antworten auf häufige Einwände",
      },
      conversion: {
        goal: "Interesse in einen ersten Kauf oder eine Buchung verwandeln",
        metric: "Erste Käufe oder Buchungen",
        tactic: "Den nächsten Schritt auf einen Klick oder Anruf reduzieren, mit einem klaren Angebot für das erste Mal",
      },
      retention: {
        goal: "Neue {customers} zum Wiederkommen bringen",
        metric: "Wiederkaufrate",
        tactic: "Innerhalb von 48 Stunden mit einem Dankeschön und einem Grund zum Wiederkommen nachfassen",
      },
      advocacy: {
        goal: "Zufriedene {customers} zu Bewertern und Empfehlern machen",
        metric: "Neue Bewertungen und Empfehlungen",
        tactic: "Im Moment der größten Zufriedenheit um eine Bewertung bitten und Empfehlungen belohnen",
      },
    },
  },
  channels: {
    targetBasis: "Schätzung für ein {band} Budget; nach dem ersten Monat kalibrieren",
    focusTactic: "{channel} zum ersten Ort jeder Kampagne machen, mit eigenem Wochenziel",
  },
  budget: {
    free: "{free} kosten nur Zeit: Sie bekommen Maßnahmen, aber keinen Anteil am Budget.",
    stated: "{budget} pro Monat ist der von Ihnen genannte Betrag.",
    estimated:
      "Es wurde kein Budget genannt; {budget} pro Monat ist eine Schätzung ({kind}, {stage}): Kleine Unternehmen geben meist 7–8 % des Umsatzes für Marketing aus, wachstumsorientierte 12–20 %.",
    changed: "{budget} pro Monat – {change} die bisherigen {previous}.",
    changeDown: "{percent} % weniger als",
    changeUp: "{percent} % mehr als",
    split: "{proven} erhalten 70 %, {next} 20 % und {experimental} 10 % – die Aufteilung bewährt/nächste/experimentell.",
    splitAlt:
      "70 % stützen, was funktioniert ({proven}), 20 % bauen die nächsten Kanäle auf ({next}) und 10 % finanzieren das Experiment ({experimental}).",
    tiny: "Bei einem so kleinen Budget konzentriert sich der Plan auf drei günstige Kanäle, bei denen Zeit mehr zählt als Geld.",
    large:
      "Ein Budget dieser Größe finanziert bezahlte Kanäle in einem Umfang, der Ergebnisse innerhalb weniger Wochen prüfbar macht.",
    cacRange:
      "Ein Neukunde kostet hier üblicherweise {low} bis {high}; {budget} im Monat sollten also etwa {fewest} bis {most} neue Kunden bringen – messen Sie die echten Kosten ab dem ersten Monat.",
    estimateBasis: "Übliches monatliches Marketingbudget ({kind}, {stage})",
    changedBasis: "{change} die genannten {previous}",
    changedEstimateBasis: "{change} die bisherige Schätzung von {previous}",
  },
  roadmap: {
    focus: [
      "Grundlagen: gefunden werden, messen und Bewertungen sammeln",
      "Schwung: die nächsten Kanäle aufbauen und die erste Kampagne starten",
      "Optimieren: testen, Schwaches streichen und das nächste Quartal planen",
    ],
    tracking: {
      title: "Tracking einrichten und für jede KPI den heutigen Ausgangswert festhalten",
      deliverable: "Ein einseitiges Dashboard mit den Zahlen der ersten Woche",
    },
    interviews: {
      title: "Fünf Personen aus der Zielgruppe befragen ({segment})",
      deliverable: "Notizen zu ihren Worten, Einwänden und wo sie nach Angeboten suchen",
    },
    campaign: {
      title: "Die erste Kampagne starten rund um: {objective}",
      deliverable: "Kampagne live auf {channels} mit Wochenziel",
    },
    reviews: {
      title: "Jeden zufriedenen Kunden um eine Bewertung oder Empfehlung bitten",
      deliverable: "Ein schriftlicher Text, ein Link oder QR-Code und eine wöchentliche Zählung",
    },
    optimise: {
      title: "Budget von der schwächsten zur stärksten Maßnahme verschieben",
      deliverable: "Ein neu verteiltes Budget mit schriftlicher Begründung",
    },
    review: {
      title: "90-Tage-Review gegen die Ziele",
      deliverable: "Ergebnisse, Erkenntnisse und der Plan für das nächste Quartal",
    },
  },
  calendar: {
    extra: [
      "Ein Blick hinter die Kulissen von {nameDat}",
      "Kundengeschichte: warum die Wahl auf {nameAcc} fiel",
      "Antwort auf eine häufige Frage zu unserem Angebot",
      "Angebot des Monats für {audience}",
    ],
  },
  kpis: {
    customDefinition: "Wie viele {thing} Sie haben, gezählt wie in Ihrem Ziel",
    weekly: "Frühindikatoren mit dem Ziel vergleichen und eine Verbesserung für die Woche festlegen",
    monthly:
      "Ausgaben mit dem Budget von {budget} und die Ergebnisse jedes Kanals vergleichen; Geld vom schwächsten zum stärksten Kanal verschieben",
    quarterly: "Ziele überprüfen, Personas und Botschaften auffrischen und die Roadmap der nächsten 90 Tage festlegen",
    rangeBasis: "Übliche Spanne ({industry}): {low} bis {high}; die Mitte anpeilen, dann eigene Zahl verwenden",
    targetBasis: "90-Tage-Ziel; Branchenrichtwert ({kind}, {stage})",
  },
  risks: {
    budget: {
      risk: "Das Budget reicht nicht, um {segment} oft genug zu erreichen",
      mitigation: "Auf drei Kanäle und organische Maßnahmen konzentrieren, statt sich zu verzetteln",
      contingency: "Den experimentellen Kanal pausieren und seinen Anteil dem besten bewährten Kanal geben",
    },
    time: {
      risk: "Der Plan hängt an der Zeit der Inhaberin oder des Inhabers, die in vollen Wochen verschwindet",
      mitigation: "Inhalte einmal pro Woche gebündelt erstellen und zwei Wochen Vorlauf halten",
      contingency: "Auf die zwei bewährten Kanäle reduzieren, bis es ruhiger wird",
    },
    tracking: {
      risk: "Ohne verlässliches Tracking folgt das Budget Meinungen statt Ergebnissen",
      mitigation: "Vor dem ersten Euro Tracking-Links, Anruf-Tracking oder Gutscheincodes einrichten",
      contingency: "Jeden Neukunden fragen, wie er von {nameDat} erfahren hat, und es notieren",
    },
    dependency: {
      risk: "Zu viel Nachfrage hängt an {channel}; eine Gebühren- oder Algorithmusänderung könnte sie über Nacht kappen",
      mitigation: "Von jedem Kunden mit Einwilligung E-Mail oder Telefonnummer erfassen, damit die Beziehung Ihnen gehört",
      contingency: "Budget auf direkte Kanäle verlagern und der Liste einen Grund zum Wiederkommen schicken",
    },
    costs: {
      risk: "Werbekosten steigen schneller als die Ergebnisse, weil Wettbewerber auf dieselbe Zielgruppe bieten",
      mitigation: "Maximale Kosten pro Neukunde festlegen und wöchentlich prüfen",
      contingency: "Die schwächsten Anzeigengruppen streichen und das Geld in Kundenbindung und Empfehlungen stecken",
    },
  },
  assumptions: {
    industry: "Die Beschreibung passt zur Branche {industry}, genauer: {kindA}; sagen Sie Bescheid, falls das nicht stimmt.",
    generic:
      "Es wurde keine bestimmte Branche erkannt; der Plan baut auf Ihren eigenen Worten auf ({offer}) und nutzt allgemeine Richtwerte für kleine Unternehmen; nennen Sie Ihre Branche, um ihn zu schärfen.",
    model: "Der Plan behandelt {nameAcc} als {model}; die Kunden werden {reach} erreicht.",
    stageStated: "Phase laut Beschreibung: {stage}.",
    stageAssumed: "Es wurde keine Phase genannt; der Plan nimmt an, dass {name} bereits am Markt ist ({stage}).",
    budget: "Es wurde kein Budget genannt; {budget} pro Monat ist eine Schätzung.",
    currency: "Als Währung wird {currency} angenommen; ändern Sie sie, wenn Sie anderswo verkaufen.",
    region: "Es wurde keine Region genannt; die Kanalwahl geht von Kunden in der Nähe von {nameDat} oder online aus.",
    audience: "Es wurde keine Zielgruppe genannt; der Plan setzt zuerst auf {segment}.",
    timeframe: "Es wurde kein Zeitraum genannt; der Plan umfasst {months} Monate mit detaillierten ersten 90 Tagen.",
    benchmarks: "Als Schätzung markierte Zahlen sind Branchenrichtwerte, nicht Ihre Daten.",
    language:
      "Der integrierte Planer schreibt nur Englisch, Spanisch, Französisch oder Deutsch; dieser Plan ist daher auf Englisch (gewünscht: {language}).",
    ignored: "Teile der Beschreibung, die wie Anweisungen an eine KI wirkten, wurden ignoriert.",
    goalsFolded: "Ziele ab dem siebten sind dem nächstliegenden Ziel zugeordnet.",
    questions: {
      sales: "Wie viele Kunden bedienen Sie in einem normalen Monat, und was ist ein typischer Kauf wert?",
      capacity: "Wer kümmert sich im Alltag um das Marketing, und wie viele Stunden pro Woche sind dafür drin?",
      budget: "Welches Monatsbudget können Sie für die nächsten drei Monate fest einplanen?",
      audience: "Wer sind heute Ihre besten Kunden, und was haben sie gemeinsam?",
      region: "Woher kommen die meisten Ihrer Kunden?",
    },
  },
};
