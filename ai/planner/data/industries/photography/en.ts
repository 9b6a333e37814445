import type { IndustryCopy } from "../../../i18n/types";
import { en as generic } from "../generic/en";

/** Words specific to this industry; the rest reads from the owner's own offer through the general copy. */
export const en = {
  ...generic,
  label: "photography",
  kinds: {
    portrait: { noun: "photography studio", a: "a photography studio", the: "the photography studio" },
    commercial: {
      noun: "commercial photography studio",
      a: "a commercial photography studio",
      the: "the commercial photography studio",
    },
  },
  customers: "clients",
  offer: "photo shoots",
  team: "Photographers",
  overview:
    "Clients choose a photographer by their portfolio and by recommendations; most bookings start with Instagram, Google or a friend, and repeat work comes from families, couples and brands who liked the first shoot.",
  segments: [
    {
      name: "Clients booking a shoot",
      description: "People and businesses {inRegion} who want {offer} with a style they have already seen and liked",
      needs: ["A portfolio that shows their kind of shoot", "Clear packages and delivery times"],
    },
    generic.segments[1],
    generic.segments[2],
  ],
  personas: [
    {
      name: "Sophie, booking a shoot",
      summary: "Has a date in mind and compares two or three photographers' portfolios before booking {offer}.",
      demographics: "28-45, lives {inRegion}, finds photographers on Instagram and through friends",
      goals: ["Photos she will frame and share"],
      painPoints: ["Photographers who reply slowly or hide prices"],
      objections: ["Will the photos look like the portfolio?"],
      quote: "I booked the one whose photos made me feel something.",
    },
    {
      name: "Nadia, the marketing manager who needs images",
      summary:
        "Needs {offer} for the website, LinkedIn and a product launch, and wants a photographer who works to a brief and delivers on time.",
      demographics: "30-50, marketing lead at a small or mid-sized company",
      goals: ["A consistent image library for the year", "Usage rights that are clear from day one"],
      painPoints: ["Shoots that overrun and disrupt the office", "Waiting weeks for edited files"],
      objections: ["What are the licensing terms?"],
      quote: "Hit the brief and the deadline and you're our photographer for every launch.",
    },
  ],
  positioning: {
    need: "want {offer} that look like the portfolio that won them over",
    benefit: "turns a session into photos clients frame and share",
    reason: "every shoot is planned with the client, with delivery dates agreed up front",
    promise: "Photos you will want to frame, delivered when we say.",
  },
} satisfies IndustryCopy;
