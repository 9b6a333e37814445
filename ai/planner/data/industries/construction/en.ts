import type { IndustryCopy } from "../../../i18n/types";
import { en as generic } from "../generic/en";

/** Words specific to this industry; the rest reads from the owner's own offer through the general copy. */
export const en = {
  ...generic,
  label: "construction",
  kinds: { builder: { noun: "building contractor", a: "a building contractor", the: "the building contractor" } },
  customers: "homeowners",
  offer: "building and renovation work",
  team: "Site team",
  overview:
    "Homeowners pick a builder on proof and trust: finished projects, reviews, clear written quotes and a tidy site decide, and most work comes from referrals and local search.",
  segments: [
    {
      name: "Homeowners planning a project",
      description: "Homeowners {inRegion} planning {offer} who want a builder who quotes clearly and finishes on time",
      needs: ["A written quote and a start date", "Photos of similar finished work"],
    },
    generic.segments[1],
    generic.segments[2],
  ],
  personas: [
    {
      name: "Chris, the first big project",
      summary: "Planning an extension and afraid of cowboy builders, so he asks neighbours and reads every review.",
      demographics: "35-55, homeowner {inRegion}",
      goals: ["A project finished on budget and on time"],
      painPoints: ["Builders who disappear mid-job"],
      objections: ["Will it really cost what they quote?"],
      quote: "I chose the one who showed me three finished jobs nearby.",
    },
    {
      name: "Linda, the landlord with three properties",
      summary: "Needs repairs and refurbishments between tenants done fast, to a fixed quote, without having to stand on site.",
      demographics: "45-65, owns a few rental flats or houses {inRegion}",
      goals: ["Properties back on the market within weeks", "A builder she can hand the keys to"],
      painPoints: ["Jobs that overrun while the flat sits empty", "Quotes that grow once work starts"],
      objections: ["Can you send photos so I don't need to visit?"],
      quote: "Give me a fixed price and photos at the end, and every void is yours.",
    },
  ],
  positioning: {
    need: "want {offer} done right without surprises",
    benefit: "quotes in writing and finishes when it says",
    reason: "every job has a written schedule and one site lead",
    promise: "Built right, finished on time.",
  },
} satisfies IndustryCopy;
