import type { IndustryCopy } from "../../../i18n/types";

export const en = {
  label: "real estate",
  kinds: {
    agency: { noun: "estate agency", a: "an estate agency", the: "the estate agency" },
    propertyManagement: {
      noun: "property management company",
      a: "a property management company",
      the: "the property management company",
    },
  },
  customers: "clients",
  offer: "property sales and lettings",
  team: "Agents",
  b2bAngle: "portfolio management for landlords and developers",
  overview:
    "Property portals dominate buyer search, so agencies {inRegion} compete for sellers and landlords, who choose on local knowledge, visible sales results, reviews and the valuation experience. Every instruction won also markets the agency.",
  trends: [
    "Buyers start on portals, but sellers choose agents on reviews, local results and personal trust",
    "Video tours and strong photography are now expected for every listing",
    "Online and hybrid agents pressure fees, so service must be visibly better",
  ],
  competitors: [
    {
      name: "Franchise and national agencies",
      strengths: "Brand recognition, portal budgets and large teams",
      weaknesses: "High staff turnover and less personal service",
      edge: "{name} offers agents who know every street and stay with the client until completion",
    },
    {
      name: "Online and hybrid agents",
      strengths: "Low fixed fees and slick apps",
      weaknesses: "No local presence, sellers do their own viewings",
      edge: "Local expertise and full service that often achieve a better price",
    },
    {
      name: "Private sales and doing it yourself",
      strengths: "No fees",
      weaknesses: "Limited reach, negotiation and legal risks",
      edge: "Wider reach, stronger negotiation and a safe process",
    },
  ],
  swot: {
    strengths: ["Deep local market knowledge", "Personal relationships and repeat clients"],
    weaknesses: ["Revenue depends on market cycles and a few big deals", "Brand less known than national chains"],
    opportunities: [
      "Free valuations and market reports that generate seller leads",
      "Video and social content showing local expertise",
      "Partnerships with mortgage brokers, solicitors and developers",
    ],
    threats: ["Interest rate changes cooling the market", "Fee pressure from online agents"],
  },
  segments: [
    {
      name: "Homeowners thinking of selling",
      description: "Owners planning a move in the next 6-12 months, often comparing two or three agents",
      needs: ["A realistic valuation", "Confidence the agent will get the best price"],
    },
    {
      name: "Landlords and investors",
      description: "Owners of one or more rental properties who want them let and managed well",
      needs: ["Reliable tenants and rent on time", "Hands-off management"],
    },
    {
      name: "Buyers and renters",
      description: "People searching in the area who become future sellers and referrers",
      needs: ["Early access to new listings", "Honest advice about the area"],
    },
  ],
  personas: [
    {
      name: "Helen and Mark, the upsizers",
      summary: "Plan to sell their flat and buy a family home, and want an agent they can trust with both.",
      demographics: "32-45, couple with young children, homeowners locally",
      goals: ["Sell at a good price", "Coordinate the sale and purchase smoothly"],
      painPoints: ["Agents who over-value to win the listing", "Poor communication during the sale"],
      objections: ["Online agents are cheaper", "We already know a local agent"],
      quote: "We want an honest valuation and someone who keeps us updated every week.",
    },
    {
      name: "Raj, the accidental landlord",
      summary: "Owns one or two rental properties and wants them managed without hassle.",
      demographics: "35-60, professional with one to three rental properties",
      goals: ["Steady rental income", "No late-night calls from tenants"],
      painPoints: ["Voids between tenants", "Keeping up with regulations"],
      objections: ["Management fees eat into returns", "Previous agent was unresponsive"],
      quote: "I want the rent in my account and no surprises.",
    },
  ],
  positioning: {
    need: "want the best result for their property without the stress",
    benefit: "combines deep local knowledge with clear, weekly communication",
    reason: "its agents know the local market street by street and stay with each client to completion",
    promise: "Local experts who get the best price and keep you informed every step.",
  },
  messages: ["Get a free, honest valuation", "We know every street {inRegion}", "Updates every week, from listing to completion"],
  mix: {
    product: "{offer}, with professional photography, video tours and a clear marketing plan for every property.",
    price: "Competitive percentage or fixed fees, justified by results; transparent packages for landlords.",
    place: "Office and high-street presence {inRegion}, property portals and the own website.",
    people: "Agents with local profiles, reviews and visible sales results.",
    process: "Valuation within 48 hours, written marketing plan, weekly updates and a completion checklist.",
    physicalEvidence: "For-sale boards, branded brochures, sold-property case studies and reviews.",
  },
  risks: [
    {
      risk: "The market slows and instructions drop",
      mitigation: "Build the landlord and lettings side for steadier income",
      contingency: "Focus spend on valuation leads and past clients, and cut portal extras",
    },
    {
      risk: "Portal fees rise while leads stay flat",
      mitigation: "Build own channels: email list, SEO and social",
      contingency: "Negotiate the portal package and shift budget to seller-focused campaigns",
    },
  ],
  topics: [
    "Local market update: prices and demand this month",
    "Video tour of a new listing",
    "Sold story: how we got the asking price",
    "Free valuation: what to expect",
    "Checklist for landlords: this quarter's rules",
    "Client review and referral thank-you",
  ],
  channelNames: { directories: "Property portals ({platforms})" },
  questions: [
    "How many instructions and completions do you have per month, and what is your average fee?",
    "What share of your business is sales versus lettings, and which do you want to grow?",
  ],
} satisfies IndustryCopy;
