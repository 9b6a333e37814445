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
    {
      name: "Tom, the working dad on pick-up duty",
      summary:
        "Does drop-off and pick-up around a full-time job and judges a setting by its hours, its updates and how calm his daughter is at home time.",
      demographics: "30-45, works full-time, one or two children under five",
      goals: ["Hours that match the working day", "A quick update on how the day went"],
      painPoints: ["Closures and staff changes at short notice", "Finding out about problems weeks later"],
      objections: ["What happens if I'm stuck in traffic at closing time?"],
      quote: "If she runs in happily in the morning, that's all the review I need.",
    },
  ],
  positioning: {
    need: "need {offer} they can trust every day",
    benefit: "gives every child time outside and staff who know them",
    reason: "staff stay and parents hear about their child's day",
    promise: "Care your child is happy to go to.",
  },
} satisfies IndustryCopy;
