import type { IndustryCopy } from "../../../i18n/types";

export const en = {
  label: "home services",
  kinds: {
    plumbing: { noun: "trades business", a: "a trades business", the: "the trades business" },
    cleaning: { noun: "cleaning company", a: "a cleaning company", the: "the cleaning company" },
    landscaping: { noun: "landscaping company", a: "a landscaping company", the: "the landscaping company" },
  },
  customers: "homeowners",
  offer: "home services",
  team: "Technicians and crews",
  b2bAngle: "maintenance contracts for offices, landlords and property managers",
  overview:
    "Homeowners {inRegion} search on Google when something breaks or needs doing, then pick from the first few businesses with strong reviews, clear prices and fast responses. Speed of reply and reputation win most jobs.",
  trends: [
    "Most jobs start with a 'near me' search on Google Maps and a glance at reviews",
    "Customers expect fast replies, online quotes and clear arrival windows",
    "Maintenance plans and subscriptions smooth out seasonal demand",
  ],
  competitors: [
    {
      name: "National franchises",
      strengths: "Brand awareness, call centres and big ad budgets",
      weaknesses: "Expensive and impersonal, with variable local quality",
      edge: "{name} offers local, reliable people who turn up on time and tidy up",
    },
    {
      name: "One-person operators and cheap handymen",
      strengths: "Low prices and flexibility",
      weaknesses: "Unreliable, uninsured or hard to reach",
      edge: "Insured, guaranteed work and a team that answers the phone",
    },
    {
      name: "Doing it yourself",
      strengths: "Cheap and immediate",
      weaknesses: "Risky, time-consuming and often more expensive in the end",
      edge: "Done right the first time, with a guarantee",
    },
  ],
  swot: {
    strengths: ["Skilled, reliable team and local reputation", "Repeat and referral customers"],
    weaknesses: ["Capacity limited by crews and vans", "Owner busy on jobs, little time for marketing"],
    opportunities: [
      "Maintenance plans that bring recurring revenue",
      "Commercial contracts with landlords, offices and property managers",
      "Seasonal campaigns timed to demand peaks",
    ],
    threats: ["Lead-generation platforms selling the same lead to several businesses", "Rising fuel, material and labour costs"],
  },
  segments: [
    {
      name: "Homeowners with an urgent job",
      description: "People who need a problem fixed now and choose whoever is fast and trusted",
      needs: ["A fast response and a clear arrival window", "Fair, transparent pricing"],
    },
    {
      name: "Homeowners planning a project",
      description: "People planning an upgrade or regular service who compare quotes",
      needs: ["Detailed quotes and examples of past work", "Confidence in quality and cleanliness"],
    },
    {
      name: "Landlords and property managers",
      description: "Owners of several properties who need reliable, repeat service",
      needs: ["Reliable response across properties", "Simple invoicing and reporting"],
    },
  ],
  personas: [
    {
      name: "Karen, the busy homeowner",
      summary: "Has a problem at home, searches on her phone and calls the first trustworthy business.",
      demographics: "35-60, homeowner with a family, lives locally",
      goals: ["Get it fixed quickly and properly", "Know the price before work starts"],
      painPoints: ["Businesses that never call back", "Surprise costs"],
      objections: ["Can they come today?", "Are they more expensive than others?"],
      quote: "Whoever answers first, has good reviews and gives me a price gets the job.",
    },
    {
      name: "Paul, the property manager",
      summary: "Looks after several rental properties and needs one reliable contractor.",
      demographics: "35-60, landlord or property manager",
      goals: ["Fewer tenant complaints", "One contractor he can rely on"],
      painPoints: ["Chasing contractors", "Inconsistent quality across jobs"],
      objections: ["Price per job", "Capacity at short notice"],
      quote: "If you answer my calls and send clear invoices, you'll get all my properties.",
    },
  ],
  positioning: {
    need: "want the job done right, on time, at a price they know up front",
    benefit: "turns up when promised, does the job properly and leaves the place tidy",
    reason: "its team is insured, vetted and backs every job with a guarantee",
    promise: "On time, done right, tidy, and priced before we start.",
  },
  messages: [
    "Fast response, fair prices, guaranteed work",
    "Local, insured and reviewed by your neighbours",
    "Get a free quote today",
  ],
  mix: {
    product: "{offer}, packaged into clear services with fixed prices where possible and maintenance plans.",
    price: "Transparent call-out and fixed prices for common jobs; written quotes for projects; discounts for maintenance plans.",
    place: "Service area {inRegion}, with online booking, phone and WhatsApp.",
    people: "Friendly, uniformed technicians who explain the work and clean up afterwards.",
    process: "Reply within one hour, arrival window, photos before and after, invoice and review request the same day.",
    physicalEvidence: "Branded vans and uniforms, before/after photos, reviews and guarantees in writing.",
  },
  risks: [
    {
      risk: "Leads arrive faster than crews can handle and response times slip",
      mitigation: "Set up call handling and clear booking windows",
      contingency: "Pause paid ads until the backlog clears and prioritise high-value jobs",
    },
    {
      risk: "Seasonal demand leaves crews idle in quiet months",
      mitigation: "Sell maintenance plans and off-season services",
      contingency: "Run a quiet-season offer to past customers and commercial accounts",
    },
  ],
  topics: [
    "Before and after: this week's job",
    "Three signs you need help with your home, and what to do",
    "Meet the crew at {name}",
    "Free quote: how it works and how fast we reply",
    "Seasonal maintenance checklist for past customers",
    "Customer review and a thank-you for referrals",
  ],
  questions: [
    "What is your average job value, and how many jobs can your team handle per week?",
    "Which services and areas are the most profitable for you?",
  ],
} satisfies IndustryCopy;
