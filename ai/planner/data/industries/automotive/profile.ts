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
  // Cost to win one customer in USD: what paid channels in this industry typically reach.
  benchmarks: { cac: { baseline: 35, target: 28 } },
  budgetUsd: { idea: 300, launch: 800, growth: 1500, established: 3000 },
} satisfies IndustryProfile;
