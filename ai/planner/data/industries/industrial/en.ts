import type { IndustryCopy } from "../../../i18n/types";

export const en = {
  label: "industrial B2B",
  kinds: {
    manufacturing: { noun: "manufacturer", a: "a manufacturer", the: "the manufacturer" },
    supplies: { noun: "industrial supplier", a: "an industrial supplier", the: "the industrial supplier" },
  },
  customers: "buyers",
  offer: "industrial products",
  team: "Sales engineers",
  b2bAngle: "framework agreements with larger plants",
  overview:
    "Industrial buyers and engineers search online, download specifications and compare suppliers long before they request a quote. Relationships still close deals, but reliability, lead times, certifications and technical answers decide who gets on the shortlist.",
  trends: [
    "Buyers do most research online and expect specifications, CAD files and prices",
    "Supply-chain disruption makes reliable, nearby suppliers more attractive",
    "Sustainability and certification requirements increasingly shape tenders",
  ],
  competitors: [
    {
      name: "Low-cost overseas suppliers",
      strengths: "Low unit prices and large capacity",
      weaknesses: "Long lead times, quality variation and communication gaps",
      edge: "{name} offers short lead times, consistent quality and engineers who answer",
    },
    {
      name: "Large domestic incumbents",
      strengths: "Established relationships, broad catalogues and certifications",
      weaknesses: "Slow on custom work and small orders",
      edge: "Flexibility on custom specifications and smaller batch sizes",
    },
    {
      name: "In-house production by customers",
      strengths: "Full control",
      weaknesses: "Capital-intensive and distracting from the core business",
      edge: "Lower total cost and capacity on demand",
    },
  ],
  swot: {
    strengths: ["Technical expertise and quality track record", "Long-term customer relationships"],
    weaknesses: ["Little online visibility beyond existing customers", "Sales depend on a few people and accounts"],
    opportunities: [
      "Technical content and specifications that capture search demand",
      "Reshoring and supplier diversification by large buyers",
      "Trade shows and associations for new accounts",
    ],
    threats: ["Price pressure from low-cost imports", "Raw-material and energy cost swings"],
  },
  segments: [
    {
      name: "Procurement and purchasing managers",
      description: "Buyers at manufacturers who source {offer} and manage supplier risk",
      needs: ["Reliable delivery and clear pricing", "Certifications and documentation"],
    },
    {
      name: "Engineers and technical specifiers",
      description: "Engineers who decide which parts or materials go into a design",
      needs: ["Technical data and samples", "Quick, competent answers"],
    },
    {
      name: "Maintenance and operations teams",
      description: "Plant teams who need replacements and supplies fast",
      needs: ["Availability and fast delivery", "Easy reordering"],
    },
  ],
  personas: [
    {
      name: "Thomas, the procurement manager",
      summary: "Manages a supplier base and is measured on cost, reliability and risk.",
      demographics: "35-55, purchasing manager at a mid-sized manufacturer",
      goals: ["Reliable supply at a fair total cost", "Fewer supplier problems"],
      painPoints: ["Late deliveries stopping production", "Slow quote responses"],
      objections: ["Switching suppliers needs qualification", "Can a smaller supplier handle our volume?"],
      quote: "Give me a quote in 24 hours and deliver when you promise, and we'll talk volume.",
    },
    {
      name: "Katrin, the design engineer",
      summary: "Specifies components for new products and needs technical answers fast.",
      demographics: "28-50, mechanical or process engineer",
      goals: ["Find parts that meet spec and cost targets", "Avoid redesigns late in the project"],
      painPoints: ["Missing technical data", "Sales reps who cannot answer technical questions"],
      objections: ["Unknown supplier, no track record with us", "Sample lead times"],
      quote: "Send me the data sheet and a sample, and I'll tell you in a week.",
    },
  ],
  positioning: {
    need: "need reliable supply and technical answers, fast",
    benefit: "delivers {offer} on time, to spec, with engineers who answer the phone",
    reason: "it combines certified quality with short lead times and direct technical support",
    promise: "On spec, on time, with engineers who answer.",
  },
  messages: ["Quotes within 24 hours", "Certified quality, short lead times", "Talk directly to an engineer"],
  mix: {
    product: "{offer}, with full technical documentation, certifications, samples and custom options.",
    price: "Volume tiers and framework agreements; quotes within 24 hours; total-cost arguments over unit price.",
    place: "Direct sales, the own website with a quote form and specification downloads, distributors and B2B directories.",
  },
  risks: [
    {
      risk: "Long sales cycles make marketing results hard to see",
      mitigation: "Track leads and quotes by source in the CRM from day one",
      contingency: "Report pipeline value and quote requests monthly, not just closed deals",
    },
    {
      risk: "One large customer reduces orders",
      mitigation: "Win five new mid-sized accounts to spread risk",
      contingency: "Intensify outbound to the top 50 target accounts",
    },
  ],
  topics: [
    "Application story: how a customer uses {offer}",
    "Technical guide: choosing the right specification",
    "Lead times and capacity update",
    "Request a quote: what we need from you",
    "Maintenance and reorder tips for existing customers",
    "Customer case study with measurable results",
  ],
  questions: [
    "What are your average order value, quote win rate and typical lead time?",
    "Which industries and accounts are the most profitable for you?",
  ],
} satisfies IndustryCopy;
