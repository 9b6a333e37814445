import type { IndustryProfile } from "../../../types";
import { profile as base } from "../food-service/profile";

/** Food trucks, street-food stalls and market traders. Figures and channels start from food-service; detection terms are its own. */
export const profile = {
  ...base,
  id: "food-truck",
  kinds: {
    truck: {
      "food truck": 12,
      foodtruck: 12,
      "food trucks": 12,
      "street food": 6,
      camion: 3,
      stall: 3,
      "market stall": 6,
      puesto: 3,
    },
  },
  lexicon: { breweries: 2, festivals: 2, markets: 2, mercados: 2, marches: 2, "wochenmarkt*": 3, "festival*": 2 },
  showcase: ["street food", "festivals", "breweries"],
  channels: {
    proven: ["instagram", "google-business-profile", "events", "partnerships"],
    next: ["tiktok", "facebook", "loyalty", "email"],
    experimental: ["delivery-apps", "meta-ads", "influencers"],
  },
  kpis: [
    { id: "weekly-transactions", baseline: 400, target: 480 },
    { id: "social-followers", baseline: 1500, target: 2200 },
    { id: "google-reviews", baseline: 40, target: 70 },
    { id: "repeat-rate", baseline: 30, target: 36 },
    { id: "quote-requests", baseline: 4, target: 8 },
  ],
  // Usual ranges for this industry and what they rest on; the plan's acquisition cost, conversion rate and budget read them.
  ranges: {
    conversion: { low: 3, high: 10 },
    cac: { low: 3, high: 10 },
    basis: {
      source: "Social posts and local ads per new customer at a pitch, and event-booking enquiries",
      rationale:
        "Street food sells on the spot for a few pounds; following the truck on social media is free, so paid cost per customer stays tiny.",
    },
  },
  budgetUsd: { idea: 150, launch: 500, growth: 900, established: 1800 },
} satisfies IndustryProfile;
