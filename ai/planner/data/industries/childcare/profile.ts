import type { IndustryProfile } from "../../../types";
import { profile as base } from "../education/profile";

/** Nurseries, preschools, childminders and after-school care. Figures and channels start from education; detection terms are its own. */
export const profile = {
  ...base,
  id: "childcare",
  kinds: {
    nursery: {
      nursery: 8,
      preschool: 8,
      childcare: 9,
      "child care": 9,
      "day nursery": 10,
      "forest school": 6,
      childminder: 9,
      "escuela infantil": 10,
      guarderia: 10,
      creche: 10,
      "micro creche": 10,
      kita: 10,
      kindergarten: 8,
      kinderbetreuung: 9,
      betreuung: 3,
    },
  },
  lexicon: { "children aged": 4, toddlers: 4, babies: 3, ninos: 2, enfants: 2, kinder: 2, "working parents": 3 },
  showcase: ["forest school", "bilingual", "outdoor learning"],
  tone: "caring",
  kpis: [
    { id: "enrolments", baseline: 8, target: 12 },
    { id: "consultations", baseline: 15, target: 22 },
    { id: "occupancy-rate", baseline: 80, target: 92 },
    { id: "google-reviews", baseline: 25, target: 40 },
    { id: "referral-share", baseline: 45, target: 52 },
  ],
  // Usual ranges for this industry and what they rest on; the plan's acquisition cost, conversion rate and budget read them.
  ranges: {
    conversion: { low: 1, high: 4 },
    cac: { low: 150, high: 400 },
    basis: {
      source: "Search ads and parent-forum costs per enrolment, where a site visit leads to a setting visit first",
      rationale:
        "Parents compare several settings and stay for years; a place is worth thousands a year, so cost per enrolment is high and site conversion low.",
    },
  },
  budgetUsd: { idea: 300, launch: 800, growth: 1200, established: 2500 },
} satisfies IndustryProfile;
