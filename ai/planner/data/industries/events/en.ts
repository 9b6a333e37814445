import type { IndustryCopy } from "../../../i18n/types";
import { en as generic } from "../generic/en";

/** Words specific to this industry; the rest reads from the owner's own offer through the general copy. */
export const en = {
  ...generic,
  label: "events",
  kinds: {
    planning: { noun: "event planner", a: "an event planner", the: "the event planner" },
    hire: { noun: "event hire company", a: "an event hire company", the: "the event hire company" },
  },
  customers: "clients",
  offer: "event planning",
  team: "Event team",
  overview:
    "Events are booked months ahead and mostly on trust: clients compare portfolios, reviews and how quickly the first reply comes, and venues and suppliers refer each other.",
  segments: [
    {
      name: "People planning an event",
      description: "Couples and organisers {inRegion} planning a date who want {offer} they can hand over with confidence",
      needs: ["A team that takes the stress away", "A clear quote with no surprises"],
    },
    generic.segments[1],
    generic.segments[2],
  ],
  personas: [
    {
      name: "Emma, planning the big day",
      summary: "Has a date and a budget, and wants {offer} from someone who has done it many times.",
      demographics: "27-40, planning an event {inRegion}",
      goals: ["A day that runs without her having to manage it"],
      painPoints: ["Suppliers who go quiet or add costs late"],
      objections: ["Will it really be within budget?"],
      quote: "I just want to enjoy the day and know someone has it handled.",
    },
    {
      name: "Daniel, the office manager planning the party",
      summary: "Organises the summer party and the Christmas do on top of his day job and needs {offer} that runs without him.",
      demographics: "28-50, office or operations manager at a company of 30 to 300",
      goals: ["An event people talk about for the right reasons", "One supplier who handles everything"],
      painPoints: ["Chasing several suppliers for quotes", "Last-minute changes in headcount"],
      objections: ["Can you work to a fixed per-head budget?"],
      quote: "If I can enjoy the party myself, you've done the job.",
    },
  ],
  positioning: {
    need: "want {offer} they can hand over without worrying",
    benefit: "plans every detail and answers fast, from first call to last guest",
    reason: "every event has one named lead and a written plan",
    promise: "Your event, handled, so you can enjoy it.",
  },
} satisfies IndustryCopy;
