import type { IndustryProfile } from "../../../types";
import { profile as base } from "../home-services/profile";

/** Garages, car repair, servicing, tyres and MOT. Figures and channels start from home-services; detection terms are its own. */
export const profile = {
  ...base,
  id: "automotive",
  kinds: {
    garage: {
      garage: 6,
      "car garage": 9,
      mechanic: 8,
      mot: 6,
      mots: 6,
      servicing: 3,
      "car repair*": 8,
      "brake*": 3,
      tyres: 5,
      tires: 5,
      "taller mecanico": 10,
      coches: 4,
      neumaticos: 5,
      "garage automobile": 10,
      vidange: 6,
      pneus: 5,
      "controle technique": 6,
      "kfz*": 9,
      werkstatt: 5,
      "reifen*": 5,
      inspektion: 4,
      "unfallreparatur*": 6,
      autowerkstatt: 9,
    },
  },
  lexicon: { cars: 3, car: 2, vehicles: 3, drivers: 2, fleets: 2, coche: 3, "voiture*": 3, auto: 3, autos: 3, hibridos: 2 },
  showcase: ["MOTs", "brake repairs", "tyres", "hybrid"],
  kpis: [
    { id: "jobs-booked", baseline: 200, target: 240 },
    { id: "google-reviews", baseline: 120, target: 170 },
    { id: "repeat-rate", baseline: 45, target: 52 },
    { id: "quote-requests", baseline: 60, target: 80 },
    { id: "cac", baseline: 35, target: 28 },
  ],
  // Usual ranges for this industry and what they rest on; the plan's acquisition cost, conversion rate and budget read them.
  ranges: {
    conversion: { low: 3, high: 8 },
    cac: { low: 20, high: 50 },
    basis: {
      source: "Search ads for servicing and repairs, and booking pages that turn a visit into a slot",
      rationale:
        "A service booking is routine but considered; a garage keeps a driver for years, so it can pay more per customer than a shop.",
    },
  },
  budgetUsd: { idea: 300, launch: 800, growth: 1500, established: 3000 },
} satisfies IndustryProfile;
