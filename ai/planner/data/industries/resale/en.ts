import type { IndustryCopy } from "../../../i18n/types";
import { en as generic } from "../generic/en";

/** Words specific to this industry; the rest reads from the owner's own offer through the general copy. */
export const en = {
  ...generic,
  label: "second-hand and refurbished goods",
  kinds: {
    refurbished: { noun: "refurbished-goods seller", a: "a refurbished-goods seller", the: "the refurbished-goods seller" },
    "second-hand": { noun: "second-hand shop", a: "a second-hand shop", the: "the second-hand shop" },
  },
  customers: "buyers",
  offer: "quality second-hand goods",
  team: "Sourcing and customer team",
  overview:
    "Buyers of used and refurbished goods want a fair price without the risk: grading, warranties, returns and reviews decide where they buy, and marketplaces set the price they compare against.",
  segments: [
    {
      name: "Value-minded buyers",
      description: "Buyers who want {offer} for less than new, without the risk of a private sale",
      needs: ["A clear condition grade and warranty", "Easy returns"],
    },
    generic.segments[1],
    generic.segments[2],
  ],
  personas: [
    {
      name: "Sam, the careful bargain hunter",
      summary: "Compares {offer} against new prices and marketplace listings, and buys where the risk feels lowest.",
      demographics: "18-45, buys online, checks reviews first",
      goals: ["A good item for much less than new"],
      painPoints: ["Listings with vague condition or no returns"],
      objections: ["What if it breaks after a month?"],
      quote: "If there's a warranty and real reviews, I'd rather buy refurbished.",
    },
    {
      name: "Maya, the sustainable switcher",
      summary:
        "Buys {offer} because she'd rather not buy new, and cares about repairs, provenance and what happens to the packaging.",
      demographics: "22-40, values sustainability, shops online and at markets",
      goals: ["Good things that last, without the waste", "Knowing the item's condition and history"],
      painPoints: ["Vague listings and blurry photos", "Returns that are hard to arrange"],
      objections: ["How do you grade the condition?"],
      quote: "If it's honest about the scratches, I trust the rest.",
    },
  ],
  positioning: {
    need: "want {offer} at a fair price without the risk of a private sale",
    benefit: "checks, grades and guarantees every item",
    reason: "every item is tested and sold with a warranty and easy returns",
    promise: "Like new, for less, and guaranteed.",
  },
} satisfies IndustryCopy;
