import type { IndustryProfile } from "../../../types";
import { profile as base } from "../home-services/profile";

/** Removals, man-and-van, couriers and storage. Figures and channels start from home-services; detection terms are its own. */
export const profile = {
  ...base,
  id: "moving-logistics",
  kinds: {
    removals: {
      removals: 10,
      "removal company": 10,
      "moving company": 10,
      movers: 8,
      "man and van": 10,
      "house moves": 9,
      courier: 8,
      couriers: 8,
      "same day delivery": 6,
      "storage units": 6,
      mudanzas: 10,
      "empresa de mudanzas": 10,
      demenagement: 10,
      "demenageur*": 10,
      "umzug*": 9,
      umzugsunternehmen: 10,
      "kurier*": 8,
    },
  },
  lexicon: { packing: 3, van: 2, vans: 2, storage: 2, deliveries: 2, guardamuebles: 4, "garde meubles": 4, lagerung: 3 },
  showcase: ["packing", "storage", "same-day"],
  kpis: [
    { id: "quote-requests", baseline: 80, target: 100 },
    { id: "jobs-booked", baseline: 40, target: 50 },
    { id: "quote-win-rate", baseline: 35, target: 42 },
    { id: "google-reviews", baseline: 80, target: 120 },
    { id: "referral-share", baseline: 20, target: 26 },
  ],
  // Usual ranges for this industry and what they rest on; the plan's acquisition cost, conversion rate and budget read them.
  ranges: {
    conversion: { low: 3, high: 8 },
    cac: { low: 35, high: 90 },
    basis: {
      source: "Search and comparison-site costs per booked move, and quote acceptance rates",
      rationale: "A move is a one-off bought on price and trust after a few quotes; cost per booked move is moderate.",
    },
  },
  budgetUsd: { idea: 300, launch: 900, growth: 1800, established: 3500 },
} satisfies IndustryProfile;
