import type { IndustryProfile } from "../../../types";
import { profile as base } from "../travel-hospitality/profile";

/** Event planners, wedding planners, party hire and event venues. Figures and channels start from travel-hospitality; detection terms are its own. */
export const profile = {
  ...base,
  id: "events",
  kinds: {
    planning: {
      "wedding planner": 9,
      "event planner": 9,
      "event planning": 9,
      weddings: 4,
      elopements: 5,
      eventagentur: 9,
      "organizamos eventos": 9,
      "eventos de empresa": 8,
      "organisons des mariages": 9,
      mariages: 5,
      "firmenfeier*": 8,
      "sommerfest*": 5,
      "corporate events": 6,
      events: 2,
      eventos: 2,
    },
    hire: { "marquee*": 8, "party hire": 9, "hire out": 5, festoon: 5, "furniture hire": 6, "messestand*": 5 },
  },
  lexicon: {
    parties: 2,
    celebrations: 2,
    venue: 2,
    catering: 1,
    fiestas: 2,
    fetes: 2,
    feiern: 2,
    "hochzeit*": 5,
    boda: 4,
    bodas: 4,
    mariage: 4,
    wedding: 3,
  },
  showcase: ["elopements", "barn weddings", "marquees", "festoon lighting"],
  offerType: "service",
  defaultModel: "B2C",
  defaultReach: "local",
  tone: "premium",
  channels: {
    proven: ["instagram", "referrals", "directories", "seo-content"],
    next: ["partnerships", "pinterest", "email", "google-ads"],
    experimental: ["events", "meta-ads", "tiktok"],
  },
  kpis: [
    { id: "quote-requests", baseline: 30, target: 42 },
    { id: "consultations", baseline: 12, target: 18 },
    { id: "quote-win-rate", baseline: 30, target: 38 },
    { id: "referral-share", baseline: 35, target: 42 },
    { id: "google-reviews", baseline: 25, target: 40 },
  ],
  // Usual ranges for this industry and what they rest on; the plan's acquisition cost, conversion rate and budget read them.
  ranges: {
    conversion: { low: 1, high: 4 },
    cac: { low: 100, high: 300 },
    basis: {
      source: "Wedding-directory and search costs per enquiry, and the share of enquiries that book",
      rationale:
        "Each event is a large one-off purchase, booked after several enquiries; cost per booking is high and repeat business rare.",
    },
  },
  budgetUsd: { idea: 300, launch: 900, growth: 1800, established: 3500 },
} satisfies IndustryProfile;
