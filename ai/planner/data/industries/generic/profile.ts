import type { IndustryProfile } from "../../../types";

/** Used when no industry scores clearly; every word comes from the owner's own description. */
export const profile = {
  id: "generic",
  kinds: { business: {} },
  lexicon: {},
  showcase: [],
  offerType: "service",
  defaultModel: "B2C",
  defaultReach: "local",
  tone: "friendly",
  channels: {
    proven: ["google-business-profile", "email", "instagram", "seo-content", "referrals"],
    next: ["partnerships", "facebook", "google-ads", "meta-ads", "community-groups"],
    experimental: ["events", "tiktok", "pr", "youtube"],
  },
  kpis: [
    { id: "qualified-leads", baseline: 30, target: 42 },
    { id: "conversion-rate", baseline: 1.8, target: 2.5 },
    { id: "google-reviews", baseline: 30, target: 50 },
    { id: "email-subscribers", baseline: 500, target: 800 },
    { id: "website-visitors", baseline: 1000, target: 1500 },
  ],
  // Usual ranges for this industry and what they rest on; the plan's acquisition cost, conversion rate and budget read them.
  ranges: {
    conversion: { low: 1, high: 4 },
    cac: { low: 30, high: 90 },
    basis: {
      source: "General small-business figures: search and social costs per new customer across local services",
      rationale: "With no industry recognised, a middle range for small businesses; replace it with your own figures first.",
    },
  },
  budgetUsd: { idea: 300, launch: 1000, growth: 2000, established: 5000 },
  competitorTypes: ["direct", "indirect", "substitute"],
  topicStages: ["awareness", "awareness", "consideration", "conversion", "retention", "advocacy"],
} satisfies IndustryProfile;
