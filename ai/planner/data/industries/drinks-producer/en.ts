import type { IndustryCopy } from "../../../i18n/types";
import { en as generic } from "../generic/en";

/** Words specific to this industry; the rest reads from the owner's own offer through the general copy. */
export const en = {
  ...generic,
  label: "drinks producer",
  kinds: {
    brewery: { noun: "brewery", a: "a brewery", the: "the brewery" },
    winery: { noun: "drinks producer", a: "a drinks producer", the: "the drinks producer" },
  },
  customers: "drinkers and trade buyers",
  offer: "craft drinks",
  team: "Makers and taproom team",
  overview:
    "Small drinks producers sell three ways: direct at the taproom or cellar door, online to fans, and through pubs, bars and bottle shops; visits, tastings and a story people retell build all three.",
  segments: [
    {
      name: "Local fans and visitors",
      description: "People {inRegion} who seek out {offer} made nearby and like to visit, taste and tell friends",
      needs: ["Something new to try", "A visit worth making"],
    },
    generic.segments[1],
    generic.segments[2],
  ],
  personas: [
    {
      name: "Owen, the local enthusiast",
      summary: "Tries every new release of {offer}, visits on Saturdays and brings friends.",
      demographics: "28-55, lives {inRegion}, follows makers on Instagram",
      goals: ["Discovering something before his friends do"],
      painPoints: ["Stockists that never have the new release"],
      objections: ["Where can I buy it near me?"],
      quote: "I go because there's always something new on tap.",
    },
    {
      name: "Leila, the bar and shop buyer",
      summary: "Buys for two bars and a bottle shop and lists {offer} when the story sells and the supply is reliable.",
      demographics: "30-50, owner or buyer at an independent bar, restaurant or bottle shop",
      goals: ["Lines that customers ask for by name", "Steady supply and fair trade terms"],
      painPoints: ["Brands that run out mid-season", "No help selling the product in"],
      objections: ["Will you come in for a tasting with my staff?"],
      quote: "If my staff can tell the story, it sells itself.",
    },
  ],
  positioning: {
    need: "seek out {offer} made nearby",
    benefit: "makes small batches people visit, taste and talk about",
    reason: "every release is made on site and poured by the people who made it",
    promise: "Made here, best tasted here.",
  },
} satisfies IndustryCopy;
