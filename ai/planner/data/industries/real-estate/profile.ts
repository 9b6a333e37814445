import type { IndustryProfile } from "../../../types";

export const profile = {
  id: "real-estate",
  kinds: {
    agency: {
      "real estate": 4,
      "estate agent": 5,
      "estate agents": 5,
      "estate agency": 5,
      realtor: 5,
      realtors: 5,
      brokerage: 3,
      inmobiliaria: 5,
      "agence immobiliere": 5,
      immobilier: 3,
      makler: 4,
      immobilienmakler: 5,
      immobilien: 3,
      "*makler": 4,
      "homes for sale": 4,
      property: 2,
      properties: 2,
    },
    propertyManagement: {
      "property management": 5,
      lettings: 4,
      "letting agent": 5,
      landlords: 3,
      tenants: 2,
      hausverwaltung: 5,
      "gestion locative": 5,
      "administracion de fincas": 5,
    },
  },
  lexicon: {
    listings: 3,
    listing: 2,
    buyers: 1,
    sellers: 1,
    mortgage: 2,
    homes: 1,
    apartments: 1,
    condos: 2,
    viewings: 3,
    valuation: 3,
    valuations: 3,
    realty: 3,
    pisos: 2,
    viviendas: 2,
    logements: 2,
    wohnungen: 2,
  },
  showcase: ["valuations", "valuation", "lettings", "viewings", "property management", "listings"],
  offerType: "service",
  defaultModel: "B2C",
  defaultReach: "local",
  tone: "expert",
  channels: {
    proven: ["directories", "google-business-profile", "seo-content", "referrals", "email"],
    next: ["meta-ads", "instagram", "local-print", "youtube", "google-ads"],
    experimental: ["tiktok", "events", "partnerships", "pr"],
  },
  platforms: (channel, market) => {
    if (channel !== "directories") return undefined;
    if (market.currency === "GBP") return "Rightmove & Zoopla";
    if (market.currency === "CAD") return "Realtor.ca";
    if (market.currency === "AUD") return "realestate.com.au & Domain";
    if (market.currency === "INR") return "99acres & MagicBricks";
    if (market.currency === "JPY") return "SUUMO & LIFULL HOME'S";
    if (market.lang === "es") return "Idealista & Fotocasa";
    if (market.lang === "fr") return "SeLoger & Leboncoin";
    if (market.lang === "de") return "ImmoScout24 & Immowelt";
    return "Zillow & Realtor.com";
  },
  kpis: [
    { id: "valuation-requests", baseline: 8, target: 12 },
    { id: "qualified-leads", baseline: 40, target: 55 },
    { id: "google-reviews", baseline: 40, target: 60 },
    { id: "website-visitors", baseline: 1500, target: 2200 },
    { id: "email-subscribers", baseline: 800, target: 1100 },
  ],
  // Usual ranges for this industry and what they rest on; the plan's acquisition cost, conversion rate and budget read them.
  ranges: {
    conversion: { low: 1, high: 3 },
    cac: { low: 150, high: 450 },
    basis: {
      source: "Portal and search costs per valuation and instruction, and valuation-to-instruction rates",
      rationale: "A sale or letting earns a large fee, but owners compare agents; cost per instruction is high.",
    },
  },
  budgetUsd: { idea: 500, launch: 1500, growth: 3500, established: 8000 },
  competitorTypes: ["direct", "indirect", "substitute"],
  topicStages: ["awareness", "consideration", "consideration", "conversion", "retention", "advocacy"],
} satisfies IndustryProfile;
