import type { IndustryCopy } from "../../../i18n/types";
import { en as generic } from "../generic/en";

/** Words specific to this industry; the rest reads from the owner's own offer through the general copy. */
export const en = {
  ...generic,
  label: "childcare",
  kinds: { nursery: { noun: "nursery", a: "a nursery", the: "the nursery" } },
  customers: "parents",
  offer: "childcare",
  team: "Practitioners",
  overview:
    "Parents choose childcare on trust, months ahead: a visit, what other parents say, inspection reports and how the staff talk to children decide.",
  segments: [
    {
      name: "Parents looking for a place",
      description: "Working parents {inRegion} who need {offer} they trust, with hours that fit their jobs",
      needs: ["A safe, warm setting and staff who stay", "Hours and fees that fit"],
    },
    generic.segments[1],
    generic.segments[2],
  ],
  personas: [
    {
      name: "Priya, the returning parent",
      summary: "Goes back to work in six months and is visiting settings for {offer} now.",
      demographics: "28-40, working parent, lives {inRegion}",
      goals: ["A place her child is happy to go"],
      painPoints: ["Waiting lists and staff who change every term"],
      objections: ["Will my child be happy there?"],
      quote: "The visit decided it: the staff knew every child's name.",
    },
    generic.personas[1],
  ],
  positioning: {
    need: "need {offer} they can trust every day",
    benefit: "gives every child time outside and staff who know them",
    reason: "staff stay and parents hear about their child's day",
    promise: "Care your child is happy to go to.",
  },
} satisfies IndustryCopy;
