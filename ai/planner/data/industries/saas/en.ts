import type { IndustryCopy } from "../../../i18n/types";

export const en = {
  label: "B2B software (SaaS)",
  kinds: { saas: { noun: "SaaS company", a: "a SaaS company", the: "the SaaS product" } },
  customers: "customers",
  offer: "software that saves teams hours",
  team: "Customer success team",
  b2bAngle: "team and company-wide licences",
  overview:
    "B2B buyers research alone for most of the journey: they search, read comparisons and reviews on G2 or Capterra, and ask peers before they talk to sales. Focused positioning on one painful problem beats feature lists.",
  trends: [
    "Buyers expect a free trial or an interactive demo before they speak to sales",
    "Review sites and peer recommendations weigh more than vendor content",
    "Budgets are scrutinised, so a clear ROI case shortens sales cycles",
  ],
  competitors: [
    {
      name: "Established all-in-one suites",
      strengths: "Brand trust, broad features, existing contracts with IT",
      weaknesses: "Complex, expensive and slow to adapt to niche needs",
      edge: "{name} solves one job better, sets up in days and costs less to run",
    },
    {
      name: "Other specialist startups",
      strengths: "Modern product, aggressive pricing and content",
      weaknesses: "Thin support and frequent pivots",
      edge: "Deeper focus on the target customer and proof from real customers",
    },
    {
      name: "Spreadsheets and in-house tools",
      strengths: "Free, familiar and fully flexible",
      weaknesses: "Error-prone, slow and dependent on one person",
      edge: "Hours saved every week and fewer mistakes, with numbers to show it",
    },
  ],
  swot: {
    strengths: ["Product built around one clear problem", "Founders close to customers and able to iterate fast"],
    weaknesses: ["Little brand awareness and few public case studies", "Long sales cycles strain cash"],
    opportunities: [
      "Integrations and partner listings that bring qualified traffic",
      "Comparison and alternative pages for buyers already searching",
      "Customer case studies that turn into content, ads and sales material",
    ],
    threats: ["Large platforms adding a similar feature", "Budget freezes lengthening sales cycles"],
  },
  segments: [
    {
      name: "Operations leads at 20-200 person companies",
      description: "Managers who own the process {name} improves and feel the pain every week",
      needs: ["Fast setup without IT projects", "Proof it saves time or money"],
    },
    {
      name: "Founders and general managers of small teams",
      description: "Decision-makers who buy tools themselves and want quick wins",
      needs: ["Simple pricing and a free trial", "Quick onboarding"],
    },
    {
      name: "Mid-market IT and procurement",
      description: "Gatekeepers who sign off on security, integrations and contracts",
      needs: ["Security and compliance answers", "Clear contract terms"],
    },
  ],
  personas: [
    {
      name: "Priya, the operations manager",
      summary: "Runs a process held together by spreadsheets and wants a tool her team will actually use.",
      demographics: "30-45, operations or team lead at a 50-person company",
      goals: ["Cut manual work and errors", "Show her boss measurable improvements"],
      painPoints: ["Tools that take months to roll out", "Data spread across spreadsheets"],
      objections: ["We don't have time to switch", "Will it integrate with what we already use?"],
      quote: "If I can get the team on it in a week and show the hours saved, it's an easy yes.",
    },
    {
      name: "Alex, the founder-buyer",
      summary: "Runs a small company and buys software on a credit card after a short trial.",
      demographics: "28-50, founder or managing director, 5-30 employees",
      goals: ["Solve the problem without hiring", "Keep costs predictable"],
      painPoints: ["Sales calls before seeing the product", "Per-seat pricing that balloons"],
      objections: ["Another subscription to manage", "Not sure the team will adopt it"],
      quote: "Let me try it myself first; if it works, I'll pay.",
    },
  ],
  positioning: {
    need: "lose hours every week to manual work and scattered tools",
    benefit: "gets teams working in days instead of months, with results they can measure",
    reason: "it is built for exactly this job, not bolted onto a suite",
    promise: "Solve one costly problem fast, and prove it in numbers.",
  },
  messages: [
    "Set up in days, not months",
    "Built for teams like yours, proven by customers like you",
    "See the time you save in the first month",
  ],
  mix: {
    product:
      "{offer}, with onboarding that gets a team to its first result in the first week, and integrations with the tools customers already use.",
    price:
      "Transparent tiers with a free trial; annual plans at a discount; pricing by value metric rather than seats where possible.",
    place:
      "Self-serve sign-up on the website, supported by sales for larger accounts and listings on review sites and integration marketplaces.",
  },
  risks: [
    {
      risk: "Trials sign up but do not activate, so pipeline looks good and revenue does not follow",
      mitigation: "Define the activation moment and guide every trial to it with email and in-app prompts",
      contingency: "Call every trial that stalls and fix the top onboarding blocker",
    },
    {
      risk: "A larger competitor copies the core feature",
      mitigation: "Build proof, integrations and customer relationships the competitor cannot copy quickly",
      contingency: "Publish a comparison page and arm sales with switching offers",
    },
  ],
  topics: [
    "The hidden cost of manual work, and how {name} removes it",
    "How-to guide: fixing the problem in five steps",
    "Comparison: {name} vs. spreadsheets and suites",
    "Customer case study with before-and-after numbers",
    "New feature walkthrough for existing customers",
    "Customer spotlight and referral invitation",
  ],
  questions: [
    "What are your current MRR, average contract value, trial conversion and churn?",
    "How long is a typical sales cycle, and who signs off on the purchase?",
  ],
} satisfies IndustryCopy;
