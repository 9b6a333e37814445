import type { IndustryProfile } from "../../../types";
import { profile as base } from "../ecommerce/profile";

/** Independent shops on the high street: bookshops, florists, gift and clothing boutiques. Figures and channels start from ecommerce; detection terms are its own. */
export const profile = {
  ...base,
  id: "retail-shop",
  kinds: {
    shop: {
      bookshop: 10,
      bookstore: 10,
      florist: 5,
      fleuriste: 10,
      floristeria: 10,
      blumenladen: 10,
      "gift shop": 9,
      boutique: 4,
      "independent shop": 8,
      libreria: 8,
      librairie: 10,
      buchhandlung: 10,
      "concept store": 3,
      bouquets: 2,
      "signed editions": 4,
    },
  },
  lexicon: {
    shop: 1,
    tienda: 1,
    boutique: 1,
    laden: 1,
    "author events": 3,
    plantes: 1,
    plants: 1,
    books: 3,
    livres: 3,
    bucher: 3,
  },
  showcase: ["signed editions", "bouquets", "author events"],
  offerType: "product",
  defaultModel: "B2C",
  defaultReach: "local",
  tone: "friendly",
  channels: {
    proven: ["google-business-profile", "instagram", "events", "email"],
    next: ["loyalty", "partnerships", "facebook", "seo-content"],
    experimental: ["meta-ads", "tiktok", "local-print"],
  },
  kpis: [
    { id: "weekly-transactions", baseline: 350, target: 410 },
    { id: "google-reviews", baseline: 60, target: 90 },
    { id: "repeat-rate", baseline: 35, target: 42 },
    { id: "email-subscribers", baseline: 400, target: 650 },
    { id: "online-orders", baseline: 40, target: 60 },
  ],
  // Usual ranges for this industry and what they rest on; the plan's acquisition cost, conversion rate and budget read them.
  ranges: {
    conversion: { low: 1, high: 3 },
    cac: { low: 8, high: 25 },
    basis: {
      source: "Local social and search costs per new shopper, and click-and-collect conversion",
      rationale: "Most shoppers walk in; paid reach supports events and seasons, so cost per new customer stays low.",
    },
  },
  budgetUsd: { idea: 200, launch: 700, growth: 1200, established: 2500 },
} satisfies IndustryProfile;
