import type { IndustryCopy } from "../../../i18n/types";
import { en as generic } from "../generic/en";

/** Words specific to this industry; the rest reads from the owner's own offer through the general copy. */
export const en = {
  ...generic,
  label: "tattoo and piercing",
  kinds: {
    tattoo: { noun: "tattoo studio", a: "a tattoo studio", the: "the tattoo studio" },
    piercing: { noun: "piercing studio", a: "a piercing studio", the: "the piercing studio" },
  },
  customers: "clients",
  offer: "custom tattoos",
  team: "Artists",
  overview:
    "People choose a tattoo artist by their portfolio: Instagram, reviews and word of mouth decide who books, and custom work is booked weeks ahead while walk-ins fill the gaps.",
  segments: [
    {
      name: "People planning a custom piece",
      description: "Clients {inRegion} who want {offer} designed for them and will wait for the right artist",
      needs: ["A portfolio in their style", "A clear consultation, deposit and price"],
    },
    generic.segments[1],
    generic.segments[2],
  ],
  personas: [
    {
      name: "Jade, the first custom piece",
      summary: "Has saved ideas for months and wants an artist whose style matches before booking {offer}.",
      demographics: "22-40, lives {inRegion}, follows artists on Instagram",
      goals: ["A piece she will love for life"],
      painPoints: ["Studios that feel intimidating or rush the design"],
      objections: ["Is this artist right for my style?"],
      quote: "I booked because the portfolio looked exactly like what I had in mind.",
    },
    {
      name: "Leo, the collector adding to a sleeve",
      summary:
        "Already has several pieces, follows artists rather than studios and books {offer} months ahead when a favourite artist opens their books.",
      demographics: "25-45, heavily tattooed, travels for the right artist",
      goals: ["Work that fits the existing pieces", "An artist whose style he trusts"],
      painPoints: ["Books that open and fill in a day", "Studios that won't say who's available"],
      objections: ["Does the artist take on cover-ups or add to other people's work?"],
      quote: "I follow the artist, not the shop: tell me when the books open.",
    },
  ],
  positioning: {
    need: "want {offer} they will be proud of for life",
    benefit: "designs every piece with the client, in a studio that feels welcoming",
    reason: "every artist shows their portfolio and takes time over the consultation",
    promise: "Work you will be proud to wear, from artists who listen.",
  },
} satisfies IndustryCopy;
