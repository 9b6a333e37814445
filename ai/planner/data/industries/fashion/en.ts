import type { IndustryCopy } from "../../../i18n/types";
import { en as generic } from "../generic/en";

/** Words specific to this industry; the rest reads from the owner's own offer through the general copy. */
export const en = {
  ...generic,
  label: "fashion",
  kinds: { brand: { noun: "clothing brand", a: "a clothing brand", the: "the clothing brand" } },
  customers: "customers",
  offer: "clothing",
  team: "Design and customer team",
  overview:
    "Small fashion brands grow through a recognisable look, creators and customers wearing the clothes on social media, and an email list that turns each new drop into an event.",
  segments: [
    {
      name: "People who love the brand's style",
      description: "Shoppers who want {offer} with a look and values they recognise, and buy each new drop",
      needs: ["Fit and quality they can trust online", "A story and values they share"],
    },
    generic.segments[1],
    generic.segments[2],
  ],
  personas: [
    {
      name: "Zoe, the style-conscious shopper",
      summary: "Finds new labels on Instagram and TikTok and buys {offer} when the fit reviews are good.",
      demographics: "20-38, shops online, follows creators",
      goals: ["Clothes that feel like hers"],
      painPoints: ["Sizing that is a gamble"],
      objections: ["Will it fit and look like the photos?"],
      quote: "I bought after seeing it on someone my size.",
    },
    {
      name: "Ruth, the gift buyer",
      summary: "Buys {offer} as presents a few times a year and wants a clear size guide, gift wrapping and easy returns.",
      demographics: "40-65, shops online in the evenings, buys for a partner, children or friends",
      goals: ["A present that fits and feels special", "Delivery in time for the date"],
      painPoints: ["Guessing sizes for someone else", "Returns that cost money or take weeks"],
      objections: ["What if it doesn't fit?"],
      quote: "If exchanges are free, I'll order without worrying.",
    },
  ],
  positioning: {
    need: "want {offer} that look like them",
    benefit: "designs small runs with real fit details and honest photos",
    reason: "every piece is shown on real bodies with measurements",
    promise: "Clothes that fit your style and your size.",
  },
} satisfies IndustryCopy;
