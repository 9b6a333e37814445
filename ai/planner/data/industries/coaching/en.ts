import type { IndustryCopy } from "../../../i18n/types";
import { en as generic } from "../generic/en";

/** Words specific to this industry; the rest reads from the owner's own offer through the general copy. */
export const en = {
  ...generic,
  label: "coaching",
  kinds: { coach: { noun: "coaching practice", a: "a coaching practice", the: "the coaching practice" } },
  customers: "clients",
  offer: "one-to-one coaching",
  team: "Coaches",
  overview:
    "People hire a coach they already trust: free content, a discovery call, testimonials and referrals do the selling, and LinkedIn or Instagram is where most first contacts happen.",
  segments: [
    {
      name: "People ready to make a change",
      description: "People who want {offer} to make a change they have postponed, and want a coach they already trust",
      needs: ["A coach who has been where they are", "A free first conversation"],
    },
    generic.segments[1],
    generic.segments[2],
  ],
  personas: [
    {
      name: "Alex, stuck at a crossroads",
      summary: "Has read the coach's posts for months and books a discovery call when the moment feels right.",
      demographics: "30-50, professional, busy",
      goals: ["Clarity and a plan they will stick to"],
      painPoints: ["Generic advice and hard selling"],
      objections: ["Is coaching worth the money?"],
      quote: "Her posts spoke to exactly where I was, so I booked the call.",
    },
    {
      name: "Morgan, the HR lead buying for a team",
      summary: "Has a budget for developing new managers and wants {offer} with clear outcomes she can report on.",
      demographics: "35-55, HR or people lead at a company of 50 to 500",
      goals: ["Measurable progress for each manager", "A coach who fits the company culture"],
      painPoints: ["Programmes that feel good but change nothing", "Chasing invoices and session reports"],
      objections: ["How will we know it worked?"],
      quote: "Show me what changed after three months and I'll renew for the next cohort.",
    },
  ],
  positioning: {
    need: "want {offer} from someone they trust",
    benefit: "turns a free first conversation into a clear plan",
    reason: "every client starts with a discovery call and written goals",
    promise: "Clarity first, then a plan you keep.",
  },
} satisfies IndustryCopy;
