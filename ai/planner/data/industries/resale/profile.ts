import type { IndustryProfile } from "../../../types";
import { profile as base } from "../ecommerce/profile";

/** Second-hand, vintage and refurbished goods sold online or in shops. Figures and channels start from ecommerce; detection terms are its own. */
export const profile = {
  ...base,
  id: "resale",
  kinds: {
    refurbished: { refurbished: 9, refurb: 8, "reconditionne*": 9, "reacondicionado*": 9, "generaluberholt*": 9, renewed: 5 },
    "second-hand": {
      "second hand": 9,
      secondhand: 9,
      "pre owned": 9,
      "pre loved": 8,
      preloved: 8,
      vintage: 6,
      used: 4,
      "segunda mano": 9,
      "d occasion": 9,
      occasion: 4,
      "gebraucht*": 10,
      restaurados: 4,
      authenticated: 4,
    },
  },
  lexicon: { warranty: 2, garantia: 2, garantie: 2, resale: 5, thrift: 5 },
  showcase: ["refurbished", "vintage", "authenticated", "warranty"],
  productKinds: ["refurbished", "second-hand"],
  kpis: [
    { id: "online-orders", baseline: 250, target: 320 },
    { id: "conversion-rate", baseline: 1.5, target: 2.0 },
    { id: "repeat-rate", baseline: 20, target: 26 },
    { id: "store-rating", baseline: 4.5, target: 4.7 },
    { id: "cac", baseline: 25, target: 20 },
  ],
  // Usual ranges for this industry and what they rest on; the plan's acquisition cost, conversion rate and budget read them.
  ranges: {
    conversion: { low: 1, high: 3 },
    cac: { low: 12, high: 35 },
    basis: {
      source: "Marketplace and social ad costs per first order for second-hand and refurbished goods",
      rationale:
        "Buyers compare against new prices and marketplaces; trust signals matter, and cost per first order stays below new-goods shops.",
    },
  },
  budgetUsd: { idea: 300, launch: 1000, growth: 2500, established: 6000 },
} satisfies IndustryProfile;
