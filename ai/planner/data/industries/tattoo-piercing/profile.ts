import type { IndustryProfile } from "../../../types";
import { profile as base } from "../beauty/profile";

/** Tattoo studios and piercers. Figures and channels start from beauty; detection terms are its own. */
export const profile = {
  ...base,
  id: "tattoo-piercing",
  kinds: {
    tattoo: {
      tattoo: 8,
      tattoos: 8,
      "tattoo studio": 9,
      "tattoo parlour": 9,
      "tattoo parlor": 9,
      tatuaje: 8,
      tatuajes: 8,
      tatouage: 8,
      tatouages: 8,
      tattoostudio: 9,
      "tattoo*": 6,
      "fine line": 3,
      blackwork: 4,
      flash: 2,
    },
    piercing: { piercing: 8, piercings: 8, "body piercing": 9, piercer: 8 },
  },
  lexicon: { artists: 2, artist: 1, "walk ins": 2, aftercare: 3, ink: 2 },
  showcase: ["fine line", "blackwork", "aftercare", "walk ins"],
  tone: "bold",
  kpis: [
    { id: "appointments", baseline: 90, target: 115 },
    { id: "consultations", baseline: 40, target: 55 },
    { id: "google-reviews", baseline: 90, target: 130 },
    { id: "engagement-rate", baseline: 3.5, target: 5 },
    { id: "referral-share", baseline: 30, target: 36 },
  ],
  // Usual ranges for this industry and what they rest on; the plan's acquisition cost, conversion rate and budget read them.
  ranges: {
    conversion: { low: 2, high: 6 },
    cac: { low: 15, high: 50 },
    basis: {
      source: "Instagram and search costs per consultation, and consultation-to-booking rates",
      rationale:
        "Clients follow artists on Instagram for months; a custom piece is worth hundreds, and organic reach does much of the work.",
    },
  },
  budgetUsd: { idea: 200, launch: 700, growth: 1500, established: 3000 },
} satisfies IndustryProfile;
