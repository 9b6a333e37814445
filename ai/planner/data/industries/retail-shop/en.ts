import type { IndustryCopy } from "../../../i18n/types";
import { en as generic } from "../generic/en";

/** Words specific to this industry; the rest reads from the owner's own offer through the general copy. */
export const en = {
  ...generic,
  label: "independent retail",
  kinds: { shop: { noun: "independent shop", a: "an independent shop", the: "the independent shop" } },
  customers: "shoppers",
  offer: "carefully chosen products",
  team: "Shop team",
  overview:
    "Independent shops win on what chains cannot copy: curation, advice, events and a place people like to visit; Google Maps, Instagram and a loyal local following bring people through the door.",
  segments: [
    {
      name: "Local shoppers and visitors",
      description:
        "People {inRegion} who would rather buy {offer} from a shop that knows them than from a chain or a marketplace",
      needs: ["Good advice and a pleasant visit", "A reason to come back"],
    },
    generic.segments[1],
    generic.segments[2],
  ],
  personas: [
    {
      name: "Helen, the loyal local",
      summary: "Would rather buy {offer} locally and comes in for advice, gifts and events.",
      demographics: "35-65, lives {inRegion}",
      goals: ["Finding something special, with advice"],
      painPoints: ["Chains and websites that all sell the same"],
      objections: ["Is it more expensive than online?"],
      quote: "I come for the recommendations, and I always leave with something.",
    },
    {
      name: "Jamie, in town for the day",
      summary: "Browses independent shops between lunch and the train and buys something as a souvenir or a gift.",
      demographics: "25-60, day visitor or tourist {inRegion}, finds shops on Google Maps and Instagram",
      goals: ["Something they can't buy at home", "A quick, friendly recommendation"],
      painPoints: ["Shops that look closed or list no opening hours online", "Heavy items they can't carry home"],
      objections: ["Do you ship, so I don't have to carry it?"],
      quote: "I found you on Maps and ended up buying three presents.",
    },
  ],
  positioning: {
    need: "would rather buy {offer} from people who know them",
    benefit: "chooses every product and gives advice no website can",
    reason: "the team knows the stock and the regulars",
    promise: "Chosen with care, with advice you will not get online.",
  },
} satisfies IndustryCopy;
