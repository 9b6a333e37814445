/** Labels for field names whose plain split would read badly. */
const LABELS: Record<string, string> = {
  kpi: "KPI",
  swot: "SWOT",
  ourEdge: "Our edge",
  do: "Do",
  dont: "Don't",
  deadlineDays: "Deadline (days from the start)",
  dueDay: "Due day",
  budgetSharePercent: "Budget share (%)",
  days: "Ends on day",
  monthlyTotal: "Monthly total",
  businessModel: "Business model",
  physicalEvidence: "Physical evidence",
  marketingMix: "Marketing mix",
  valueProposition: "Value proposition",
  keyMessages: "Key messages",
  brandVoice: "Brand voice",
  painPoints: "Pain points",
  funnelStage: "Funnel stage",
  reviewCadence: "Review cadence",
  openQuestions: "Open questions",
};

/** What one entry of a list is called, by the list's field name. */
const ITEM_NOUNS: Record<string, string> = {
  competitors: "Competitor",
  segments: "Segment",
  personas: "Persona",
  funnel: "Funnel stage",
  phases: "Phase",
  milestones: "Milestone",
  metrics: "KPI",
  reviewCadence: "Review",
  objectives: "Objective",
  channels: "Channel",
  contentCalendar: "Content item",
  risks: "Risk",
  trends: "Trend",
  strengths: "Strength",
  weaknesses: "Weakness",
  opportunities: "Opportunity",
  threats: "Threat",
  needs: "Need",
  goals: "Goal",
  objections: "Objection",
  keyMessages: "Key message",
  traits: "Trait",
  do: "Do",
  dont: "Don't",
  tactics: "Tactic",
  assumptions: "Assumption",
  openQuestions: "Open question",
};

/** "painPoints" → "Pain points", unless LABELS says better. */
export function labelFor(key: string): string {
  const known = LABELS[key];
  if (known) return known;
  const words = key.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "Trend 2" for the second entry of `trends`; "Item 2" when the list has no known noun. */
export function itemLabel(listKey: string, index: number): string {
  return `${ITEM_NOUNS[listKey] ?? "Item"} ${index + 1}`;
}
