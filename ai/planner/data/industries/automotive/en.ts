import type { IndustryCopy } from "../../../i18n/types";
import { en as generic } from "../generic/en";

/** Words specific to this industry; the rest reads from the owner's own offer through the general copy. */
export const en = {
  ...generic,
  label: "car repair and servicing",
  kinds: { garage: { noun: "garage", a: "a garage", the: "the garage" } },
  customers: "drivers",
  offer: "car servicing and repairs",
  team: "Mechanics and front desk",
  overview:
    "Drivers pick a garage on trust: Google reviews, clear quotes and being able to book online decide, and a driver who trusts a garage comes back for years.",
  segments: [
    {
      name: "Local drivers",
      description: "Drivers {inRegion} who need {offer} and want a garage they can trust not to upsell",
      needs: ["An honest quote before work starts", "The car back when promised"],
    },
    generic.segments[1],
    generic.segments[2],
  ],
  personas: [
    {
      name: "Dave, the busy driver",
      summary: "Needs the car for work and wants {offer} done right, on time, without surprises on the bill.",
      demographics: "30-60, drives daily, lives {inRegion}",
      goals: ["A car he can rely on"],
      painPoints: ["Garages that find extra work after the quote"],
      objections: ["Will they overcharge me?"],
      quote: "Tell me the price first and have it ready by five.",
    },
    {
      name: "Mike, the small fleet owner",
      summary: "Runs three or four vans for his trade business and needs {offer} booked around jobs, with one invoice a month.",
      demographics: "35-60, owns a plumbing or delivery business, vans on the road daily",
      goals: ["Vans off the road for as few hours as possible", "One garage that knows every vehicle's history"],
      painPoints: ["A van stuck in the workshop waiting for parts", "Surprise items on the invoice"],
      objections: ["Can you fit us in early, before the working day?"],
      quote: "Every day a van sits in the garage costs me a job.",
    },
  ],
  positioning: {
    need: "need {offer} from a garage they can trust",
    benefit: "quotes before it works and hands the car back when promised",
    reason: "every job gets a written quote and photos of worn parts",
    promise: "Honest prices, done when we say.",
  },
} satisfies IndustryCopy;
