import type { IndustryProfile } from "../../../types";
import { profile as base } from "../health-fitness/profile";

/** Dental, physiotherapy and medical practices. Figures and channels start from health-fitness; detection terms are its own. */
export const profile = {
  ...base,
  id: "healthcare",
  kinds: {
    dental: {
      dental: 4,
      dentist: 6,
      "dental practice": 6,
      invisalign: 6,
      implants: 4,
      implantes: 4,
      ortodoncia: 6,
      "clinica dental": 10,
      dentaire: 8,
      "zahnarzt*": 10,
      prophylaxe: 6,
      "implantat*": 4,
      hygiene: 2,
    },
    therapy: {
      physiotherapy: 4,
      physio: 4,
      kinesitherapie: 10,
      kine: 6,
      reeducation: 6,
      fisioterapia: 9,
      physiotherapie: 9,
      "osteopath*": 8,
      "chiropract*": 8,
      clinic: 1,
      practice: 1,
      cabinet: 3,
    },
  },
  lexicon: { patients: 2, pacientes: 4, patienten: 4, nhs: 3, "check ups": 3, treatment: 2, "angstpatient*": 4 },
  showcase: ["Invisalign", "implants", "check-ups", "hygiene"],
  tone: "caring",
  kpis: [
    { id: "appointments", baseline: 300, target: 350 },
    { id: "consultations", baseline: 40, target: 55 },
    { id: "google-reviews", baseline: 120, target: 170 },
    { id: "rebooking-rate", baseline: 60, target: 68 },
    { id: "cac", baseline: 80, target: 65 },
  ],
  // Usual ranges for this industry and what they rest on; the plan's acquisition cost, conversion rate and budget read them.
  ranges: {
    conversion: { low: 2, high: 6 },
    cac: { low: 50, high: 150 },
    basis: {
      source: "Search costs per new patient and online booking rates for clinics and practices",
      rationale:
        "Patients search for a specific need and stay for years; regulation limits claims, so search carries most of the cost.",
    },
  },
  budgetUsd: { idea: 500, launch: 1500, growth: 3000, established: 6000 },
} satisfies IndustryProfile;
