import type { IndustryCopy } from "../../../i18n/types";
import { en as generic } from "../generic/en";

/** Words specific to this industry; the rest reads from the owner's own offer through the general copy. */
export const en = {
  ...generic,
  label: "removals and logistics",
  kinds: { removals: { noun: "removal company", a: "a removal company", the: "the removal company" } },
  customers: "customers",
  offer: "removals and deliveries",
  team: "Crew and dispatch",
  overview:
    "People book movers in a hurry and on trust: reviews, a fast fixed quote and insurance decide, and estate agents, landlords and storage sites refer steady work.",
  segments: [
    {
      name: "People moving soon",
      description: "People {inRegion} who need {offer} on a fixed date and want a crew they can trust with their things",
      needs: ["A fixed price and a firm date", "Care and insurance for their belongings"],
    },
    generic.segments[1],
    generic.segments[2],
  ],
  personas: [
    {
      name: "Nina, moving in three weeks",
      summary: "Collects three quotes for {offer} and books whoever replies fast with a fixed price and good reviews.",
      demographics: "25-45, renting or buying {inRegion}",
      goals: ["A move that happens on the day, with nothing broken"],
      painPoints: ["Hidden extras on the day"],
      objections: ["What if something breaks?"],
      quote: "They gave me a fixed price in an hour and turned up early.",
    },
    {
      name: "Oliver, the office relocation lead",
      summary:
        "Is moving a team of 40 to new offices over a weekend and needs {offer} planned to the hour, with IT and furniture handled.",
      demographics: "30-55, facilities or operations manager",
      goals: ["Desks working on Monday morning", "One contact who owns the plan"],
      painPoints: ["Damaged equipment with no clear insurance", "Movers who turn up short-staffed"],
      objections: ["Are you insured for IT equipment?"],
      quote: "If everyone can log in on Monday, I'll recommend you to every landlord I know.",
    },
  ],
  positioning: {
    need: "need {offer} on a date that cannot move",
    benefit: "quotes a fixed price fast and turns up on time",
    reason: "every job is insured and confirmed in writing",
    promise: "Fixed price, on the day, handled with care.",
  },
} satisfies IndustryCopy;
