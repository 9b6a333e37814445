import type { IndustryProfile } from "../../../types";
import { profile as base } from "../professional-services/profile";

/** Life, career, business and wellbeing coaches. Figures and channels start from professional-services; detection terms are its own. */
export const profile = {
  ...base,
  id: "coaching",
  kinds: {
    coach: {
      coach: 6,
      coaching: 8,
      "life coach": 10,
      "career coach": 10,
      "business coach": 10,
      "executive coaching": 10,
      mentoring: 5,
      "coaching de vida": 10,
      "coach de carrera": 10,
      "coach de vie": 10,
      "accompagnement professionnel": 6,
      "karrierecoach*": 10,
      lebensberatung: 6,
    },
  },
  lexicon: {
    clients: 1,
    sessions: 2,
    "one to one": 4,
    "1 1": 3,
    burnout: 3,
    confidence: 2,
    sesiones: 2,
    seances: 2,
    sitzungen: 2,
  },
  showcase: ["one-to-one", "burnout", "career change"],
  kpis: [
    { id: "consultations", baseline: 12, target: 18 },
    { id: "qualified-leads", baseline: 25, target: 35 },
    { id: "email-subscribers", baseline: 500, target: 800 },
    { id: "referral-share", baseline: 40, target: 48 },
    { id: "engagement-rate", baseline: 3, target: 4.5 },
  ],
  // Usual ranges for this industry and what they rest on; the plan's acquisition cost, conversion rate and budget read them.
  ranges: {
    conversion: { low: 1, high: 4 },
    cac: { low: 80, high: 250 },
    basis: {
      source: "LinkedIn and search costs per discovery call, and the share of calls that become paying clients",
      rationale:
        "Clients take weeks to decide and buy packages worth hundreds; content warms them up, so paid acquisition is moderate to high.",
    },
  },
  budgetUsd: { idea: 200, launch: 600, growth: 1200, established: 2500 },
} satisfies IndustryProfile;
