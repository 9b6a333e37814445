import type { IndustryProfile } from "../../../types";
import { profile as base } from "../creative-agency/profile";

/** Photographers and photo studios, for families, weddings and businesses. Figures and channels start from creative-agency; detection terms are its own. */
export const profile = {
  ...base,
  id: "photography",
  kinds: {
    portrait: {
      photographer: 8,
      photography: 8,
      "photo studio": 8,
      photoshoot: 6,
      "photo shoot": 6,
      headshots: 6,
      newborn: 4,
      portraits: 5,
      fotografo: 8,
      fotografa: 8,
      fotografia: 8,
      photographe: 8,
      photographie: 8,
      "portrait*": 3,
      "fotograf*": 8,
      fotostudio: 9,
      "bewerbungsfoto*": 8,
      "shooting*": 4,
      "portrat*": 4,
    },
    commercial: { "product photography": 9, "packshot*": 8, "product photos": 8, "lifestyle images": 4 },
  },
  lexicon: { shoots: 3, sessions: 1, albums: 3, prints: 2, reportajes: 3, reportages: 3, sesiones: 2, photos: 2 },
  showcase: ["newborn", "headshots", "packshots", "albums"],
  offerType: "service",
  defaultModel: "B2C",
  defaultReach: "local",
  tone: "friendly",
  channels: {
    proven: ["instagram", "google-business-profile", "referrals", "seo-content"],
    next: ["pinterest", "partnerships", "directories", "email"],
    experimental: ["meta-ads", "events", "tiktok"],
  },
  kpis: [
    { id: "quote-requests", baseline: 25, target: 35 },
    { id: "consultations", baseline: 12, target: 18 },
    { id: "quote-win-rate", baseline: 35, target: 42 },
    { id: "google-reviews", baseline: 30, target: 50 },
    { id: "referral-share", baseline: 35, target: 42 },
  ],
  // Usual ranges for this industry and what they rest on; the plan's acquisition cost, conversion rate and budget read them.
  ranges: {
    conversion: { low: 1, high: 4 },
    cac: { low: 60, high: 180 },
    basis: {
      source: "Directory and search costs per booked shoot, and enquiry-to-booking rates",
      rationale:
        "Shoots are booked after comparing portfolios; weddings and business shoots are worth enough to pay a fair cost per booking.",
    },
  },
  budgetUsd: { idea: 200, launch: 600, growth: 1200, established: 2500 },
} satisfies IndustryProfile;
