import type { IndustryProfile } from "../../../types";
import { profile as base } from "../food-service/profile";

/** Farms, farm shops, market gardens and veg-box schemes. Figures and channels start from food-service; detection terms are its own. */
export const profile = {
  ...base,
  id: "farm",
  kinds: {
    farm: {
      farm: 6,
      "farm shop": 10,
      "market garden": 10,
      "veg box": 10,
      "veg boxes": 10,
      "organic farm": 10,
      smallholding: 9,
      orchard: 6,
      granja: 8,
      huerta: 8,
      "cesta de verduras": 10,
      ferme: 8,
      maraicher: 10,
      "paniers de legumes": 10,
      bauernhof: 10,
      hofladen: 10,
      gemuseabo: 10,
      gemusekiste: 10,
    },
  },
  lexicon: {
    "free range": 4,
    pasture: 3,
    harvest: 2,
    growers: 3,
    eggs: 2,
    vegetables: 2,
    verduras: 2,
    legumes: 2,
    gemuse: 2,
    cosecha: 2,
    recolte: 2,
    ernte: 2,
  },
  showcase: ["veg boxes", "free range", "organic"],
  offerType: "product",
  channels: {
    proven: ["google-business-profile", "instagram", "email", "events"],
    next: ["partnerships", "facebook", "loyalty", "community-groups"],
    experimental: ["meta-ads", "marketplaces", "pr"],
  },
  kpis: [
    { id: "weekly-transactions", baseline: 200, target: 240 },
    { id: "new-members", baseline: 20, target: 30 },
    { id: "repeat-rate", baseline: 50, target: 58 },
    { id: "email-subscribers", baseline: 400, target: 650 },
    { id: "google-reviews", baseline: 40, target: 65 },
  ],
  // Usual ranges for this industry and what they rest on; the plan's acquisition cost, conversion rate and budget read them.
  ranges: {
    conversion: { low: 2, high: 5 },
    cac: { low: 8, high: 25 },
    basis: {
      source: "Social and local ad costs per box or shop customer, and farm-shop conversion",
      rationale: "Households buy weekly once they trust the farm; word of mouth is strong, so paid acquisition costs little.",
    },
  },
  budgetUsd: { idea: 150, launch: 500, growth: 1000, established: 2000 },
} satisfies IndustryProfile;
