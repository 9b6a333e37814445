import type { IndustryProfile } from "../../../types";
import { profile as base } from "../home-services/profile";

/** Builders, roofers, renovation and extension contractors. Figures and channels start from home-services; detection terms are its own. */
export const profile = {
  ...base,
  id: "construction",
  kinds: {
    builder: {
      builder: 8,
      builders: 8,
      construction: 6,
      extensions: 6,
      "loft conversions": 9,
      renovations: 5,
      roofer: 9,
      roofing: 8,
      bricklaying: 8,
      constructora: 9,
      reformas: 8,
      albanil: 8,
      "entreprise de renovation": 9,
      renovation: 4,
      maconnerie: 8,
      toiture: 8,
      bauunternehmen: 9,
      "dachdecker*": 9,
      "sanierung*": 4,
      "umbau*": 5,
      rohbau: 8,
    },
  },
  lexicon: { "planning permission": 3, site: 1, obra: 2, obras: 2, "chantier*": 3, "baustelle*": 3 },
  showcase: ["loft conversions", "extensions", "roofing"],
  kpis: [
    { id: "quote-requests", baseline: 30, target: 40 },
    { id: "quote-win-rate", baseline: 25, target: 32 },
    { id: "jobs-booked", baseline: 6, target: 8 },
    { id: "google-reviews", baseline: 40, target: 65 },
    { id: "referral-share", baseline: 40, target: 48 },
  ],
  // Usual ranges for this industry and what they rest on; the plan's acquisition cost, conversion rate and budget read them.
  ranges: {
    conversion: { low: 1, high: 4 },
    cac: { low: 80, high: 250 },
    basis: {
      source: "Search and trade-directory costs per quote request, and the share of quotes won",
      rationale:
        "Homeowners ask for several quotes on large jobs; each job is worth thousands, so a high cost per won client still pays.",
    },
  },
  budgetUsd: { idea: 400, launch: 1200, growth: 2500, established: 5000 },
} satisfies IndustryProfile;
