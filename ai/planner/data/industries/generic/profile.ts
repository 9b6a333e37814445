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
    { id: "conversion-rate", baseline: 2, target: 2.8 },
    { id: "google-reviews", baseline: 30, target: 50 },
    { id: "email-subscribers", baseline: 500, target: 800 },
    { id: "website-visitors", baseline: 1000, target: 1500 },
  ],
  budgetUsd: { idea: 300, launch: 1000, growth: 2000, established: 5000 },
  competitorTypes: ["direct", "indirect", "substitute"],
  topicStages: ["awareness", "awareness", "consideration", "conversion", "retention", "advocacy"],
} satisfies IndustryProfile;
