import type { IndustryProfile } from "../../../types";

export const profile = {
  id: "saas",
  kinds: {
    saas: {
      saas: 5,
      "software as a service": 5,
      "b2b software": 5,
      software: 2,
      platform: 1,
      api: 2,
      dashboard: 2,
      crm: 3,
      erp: 3,
      integrations: 2,
      "subscription software": 4,
      plugin: 1,
      "web app": 2,
    },
  },
  lexicon: {
    "free trial": 2,
    onboarding: 1,
    seats: 2,
    "per user": 2,
    "per seat": 3,
    churn: 2,
    mrr: 3,
    arr: 3,
    "product led": 3,
    devops: 2,
    workflow: 1,
    workflows: 1,
    automation: 1,
    automates: 1,
    analytics: 1,
    cloud: 1,
    startup: 1,
    developers: 1,
    integrates: 2,
  },
  showcase: ["integrations", "automation", "analytics", "dashboard", "crm", "erp", "api", "free trial", "workflows"],
  offerType: "product",
  defaultModel: "B2B",
  defaultReach: "online",
  tone: "expert",
  channels: {
    proven: ["linkedin", "seo-content", "outbound", "email", "google-ads"],
    next: ["webinars", "review-platforms", "linkedin-ads", "partnerships", "retargeting"],
    experimental: ["youtube", "community-groups", "pr", "events"],
  },
  platforms: (channel) => {
    if (channel === "review-platforms") return "G2 & Capterra";
    if (channel === "community-groups") return "Reddit & Slack communities";
    return undefined;
  },
  kpis: [
    { id: "qualified-leads", baseline: 40, target: 60 },
    { id: "demo-bookings", baseline: 15, target: 24 },
    { id: "trial-to-paid", baseline: 12, target: 16 },
    { id: "monthly-churn", baseline: 4, target: 3 },
    { id: "website-visitors", baseline: 3000, target: 4500 },
    { id: "cac", baseline: 450, target: 380 },
  ],
  // Usual ranges for this industry and what they rest on; the plan's acquisition cost, conversion rate and budget read them.
  ranges: {
    conversion: { low: 1, high: 5 },
    cac: { low: 200, high: 700 },
    basis: {
      source: "B2B SaaS trial and demo conversion and paid search and LinkedIn cost per paying account",
      rationale:
        "Accounts pay monthly for years; trials and demos filter buyers, so cost per paying account is high but recovered over time.",
    },
  },
  budgetUsd: { idea: 800, launch: 3000, growth: 8000, established: 25000 },
  competitorTypes: ["direct", "indirect", "substitute"],
  topicStages: ["awareness", "consideration", "consideration", "conversion", "retention", "advocacy"],
} satisfies IndustryProfile;
