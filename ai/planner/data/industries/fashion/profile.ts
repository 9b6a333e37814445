import type { IndustryProfile } from "../../../types";
import { profile as base } from "../ecommerce/profile";

/** Clothing and accessories brands and designers. Figures and channels start from ecommerce; detection terms are its own. */
export const profile = {
  ...base,
  id: "fashion",
  kinds: {
    brand: {
      "clothing brand": 10,
      "fashion brand": 10,
      "clothing label": 9,
      streetwear: 8,
      knitwear: 7,
      swimwear: 8,
      activewear: 8,
      menswear: 7,
      womenswear: 7,
      "marca de ropa": 10,
      "moda sostenible": 8,
      "marque de vetements": 10,
      "pret a porter": 8,
      modelabel: 10,
      "bekleidung*": 6,
      "mode*": 3,
    },
  },
  lexicon: {
    collections: 3,
    collection: 2,
    garments: 4,
    dresses: 3,
    "t shirts": 3,
    hoodies: 3,
    "organic cotton": 4,
    coleccion: 3,
    vetements: 3,
    kleidung: 4,
  },
  showcase: ["organic cotton", "streetwear", "knitwear"],
  productKinds: ["brand"],
  kpis: [
    { id: "online-orders", baseline: 300, target: 380 },
    { id: "conversion-rate", baseline: 1.5, target: 2.0 },
    { id: "repeat-rate", baseline: 25, target: 31 },
    { id: "engagement-rate", baseline: 2.5, target: 4 },
    { id: "email-subscribers", baseline: 2000, target: 3000 },
  ],
  // Usual ranges for this industry and what they rest on; the plan's acquisition cost, conversion rate and budget read them.
  ranges: {
    conversion: { low: 1, high: 3 },
    cac: { low: 25, high: 60 },
    basis: {
      source: "Fashion web-shop conversion and Instagram and TikTok costs per first order",
      rationale: "Fashion shoppers compare many labels and return often; competition for attention raises cost per first order.",
    },
  },
  budgetUsd: { idea: 400, launch: 1500, growth: 3500, established: 8000 },
} satisfies IndustryProfile;
