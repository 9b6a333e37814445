import type { IndustryProfile } from "../../../types";

export const profile = {
  id: "nonprofit",
  kinds: {
    charity: {
      charity: 5,
      nonprofit: 5,
      "non profit": 5,
      "not for profit": 5,
      ngo: 5,
      foundation: 2,
      "501c3": 5,
      "501 c 3": 5,
      ong: 4,
      "sin animo de lucro": 5,
      "sin fines de lucro": 5,
      "a but non lucratif": 5,
      "association loi 1901": 5,
      gemeinnutzig: 5,
      gemeinnutzige: 5,
      gemeinnutziger: 5,
      verein: 2,
      fundacion: 3,
      stiftung: 3,
    },
  },
  lexicon: {
    donors: 3,
    donations: 3,
    donate: 3,
    volunteers: 3,
    volunteer: 2,
    fundraising: 3,
    beneficiaries: 3,
    grants: 2,
    cause: 1,
    mission: 1,
    donativos: 3,
    donaciones: 3,
    dons: 2,
    spenden: 3,
    ehrenamtliche: 3,
    benevoles: 3,
    voluntarios: 3,
  },
  showcase: ["volunteers", "fundraising", "grants"],
  offerType: "service",
  defaultModel: "nonprofit",
  defaultReach: "local",
  tone: "caring",
  channels: {
    proven: ["email", "google-ad-grants", "facebook", "partnerships", "pr"],
    next: ["peer-fundraising", "instagram", "events", "seo-content", "community-groups"],
    experimental: ["tiktok", "youtube", "influencers", "meta-ads"],
  },
  platforms: (channel, market) => {
    if (channel !== "peer-fundraising") return undefined;
    if (market.currency === "GBP") return "JustGiving";
    if (market.lang === "de") return "betterplace.org";
    if (market.lang === "fr") return "HelloAsso";
    return "GoFundMe & Classy";
  },
  kpis: [
    { id: "new-donors", baseline: 30, target: 45 },
    { id: "recurring-donors", baseline: 120, target: 150 },
    { id: "email-subscribers", baseline: 1500, target: 2100 },
    { id: "website-visitors", baseline: 1200, target: 1800 },
    { id: "engagement-rate", baseline: 2, target: 3.5 },
  ],
  // Usual ranges for this industry and what they rest on; the plan's acquisition cost, conversion rate and budget read them.
  ranges: {
    conversion: { low: 1, high: 3 },
    cac: { low: 20, high: 60 },
    basis: {
      source: "Donation-page conversion and cost per new donor through social and search ads (ad grants excluded)",
      rationale:
        "Donors give after trust is built; ad grants help, but a paid new donor costs more than a first gift, so recurring giving matters.",
    },
  },
  budgetUsd: { idea: 200, launch: 500, growth: 1000, established: 3000 },
  competitorTypes: ["indirect", "indirect", "substitute"],
  topicStages: ["awareness", "awareness", "consideration", "conversion", "retention", "advocacy"],
} satisfies IndustryProfile;
