import type { IndustryProfile } from "../../../types";

export const profile = {
  id: "industrial",
  kinds: {
    manufacturing: {
      manufacturer: 4,
      manufacturers: 3,
      manufacturing: 4,
      factory: 3,
      fabrication: 4,
      machining: 4,
      cnc: 4,
      oem: 3,
      "injection molding": 5,
      "injection moulding": 5,
      metalwork: 3,
      fabricante: 4,
      fabricant: 4,
      hersteller: 4,
      fertigung: 4,
      maschinenbau: 4,
      "precision parts": 5,
    },
    supplies: {
      distributor: 4,
      wholesale: 3,
      wholesaler: 4,
      supplier: 3,
      suppliers: 2,
      "industrial supplies": 5,
      components: 2,
      packaging: 3,
      distribuidor: 4,
      proveedor: 3,
      grossiste: 4,
      fournisseur: 3,
      grosshandel: 4,
      lieferant: 3,
    },
  },
  lexicon: {
    industrial: 3,
    procurement: 3,
    rfq: 4,
    rfqs: 4,
    engineering: 2,
    tooling: 3,
    parts: 1,
    equipment: 2,
    machinery: 3,
    "iso 9001": 4,
    plant: 1,
    logistics: 2,
    industria: 2,
    industrie: 2,
    steel: 2,
    chemicals: 2,
    "lead times": 3,
  },
  showcase: [
    "cnc",
    "iso 9001",
    "precision parts",
    "injection moulding",
    "injection molding",
    "packaging",
    "tooling",
    "machining",
    "fabrication",
    "components",
  ],
  offerType: "product",
  defaultModel: "B2B",
  defaultReach: "online",
  tone: "expert",
  channels: {
    proven: ["outbound", "seo-content", "trade-shows", "linkedin", "directories"],
    next: ["google-ads", "email", "partnerships", "linkedin-ads", "webinars"],
    experimental: ["youtube", "pr", "retargeting", "marketplaces"],
  },
  platforms: (channel, market) => {
    if (channel === "marketplaces")
      return market.currency === "INR" ? "IndiaMART & Amazon Business" : "Amazon Business & Alibaba";
    if (channel !== "directories") return undefined;
    if (market.currency === "USD" || market.currency === "CAD") return "Thomasnet & Kompass";
    if (market.currency === "INR") return "IndiaMART & TradeIndia";
    if (market.lang === "de") return "Wer liefert was & Europages";
    return "Europages & Kompass";
  },
  kpis: [
    { id: "quote-requests", baseline: 20, target: 28 },
    { id: "quote-win-rate", baseline: 25, target: 30 },
    { id: "qualified-leads", baseline: 25, target: 35 },
    { id: "website-visitors", baseline: 1200, target: 1800 },
    { id: "email-subscribers", baseline: 400, target: 600 },
  ],
  // Usual ranges for this industry and what they rest on; the plan's acquisition cost, conversion rate and budget read them.
  ranges: {
    conversion: { low: 0.5, high: 2 },
    cac: { low: 400, high: 1500 },
    basis: {
      source: "B2B search and trade-show costs per qualified account, and RFQ win rates",
      rationale: "Buyers are few, cycles long and orders large; each new account costs a lot and is worth far more.",
    },
  },
  budgetUsd: { idea: 1000, launch: 3000, growth: 6000, established: 15000 },
  competitorTypes: ["direct", "direct", "substitute"],
  topicStages: ["awareness", "consideration", "consideration", "conversion", "retention", "advocacy"],
} satisfies IndustryProfile;
