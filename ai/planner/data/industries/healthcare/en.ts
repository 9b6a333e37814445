import type { IndustryCopy } from "../../../i18n/types";
import { en as generic } from "../generic/en";

/** Words specific to this industry; the rest reads from the owner's own offer through the general copy. */
export const en = {
  ...generic,
  label: "healthcare practice",
  kinds: {
    dental: { noun: "dental practice", a: "a dental practice", the: "the dental practice" },
    therapy: { noun: "clinic", a: "a clinic", the: "the clinic" },
  },
  customers: "patients",
  offer: "treatment and check-ups",
  team: "Clinicians and reception",
  overview:
    "Patients choose a practice on trust and convenience: reviews, clear prices, online booking and how new patients are welcomed decide, and most stay for years.",
  segments: [
    {
      name: "Local patients",
      description: "Patients {inRegion} looking for {offer} from a practice they feel safe with",
      needs: ["Being listened to and not rushed", "Clear prices and easy booking"],
    },
    generic.segments[1],
    generic.segments[2],
  ],
  personas: [
    {
      name: "Rachel, the new patient",
      summary: "Has put off {offer} and wants a practice that explains things and does not judge.",
      demographics: "30-55, lives or works {inRegion}",
      goals: ["Treatment without anxiety or surprise costs"],
      painPoints: ["Waiting lists and unclear prices"],
      objections: ["Will it hurt, and what will it cost?"],
      quote: "They explained everything before starting, so I booked the next one.",
    },
    {
      name: "Margaret, booking for an older parent",
      summary:
        "Books and attends appointments for her father and wants {offer} with step-free access, clear letters and time to ask questions.",
      demographics: "50-70, cares for a parent over 75 {inRegion}",
      goals: ["Appointments that don't tire her father out", "Explanations she can pass on to the family"],
      painPoints: ["Rushed appointments", "Phone lines that are always busy"],
      objections: ["Is there parking and step-free access?"],
      quote: "If they speak to Dad and not just to me, we'll stay for years.",
    },
  ],
  positioning: {
    need: "want {offer} from people who listen",
    benefit: "explains every step and price before treatment",
    reason: "every new patient gets time to ask questions and a written plan",
    promise: "Care that explains itself, at a price you know first.",
  },
} satisfies IndustryCopy;
