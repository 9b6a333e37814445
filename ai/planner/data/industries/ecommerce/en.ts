import type { IndustryCopy } from "../../../i18n/types";

export const en = {
  label: "e-commerce and D2C retail",
  kinds: {
    onlineStore: { noun: "online store", a: "an online store", the: "the online store" },
    d2cBrand: { noun: "direct-to-consumer brand", a: "a direct-to-consumer brand", the: "the direct-to-consumer brand" },
    retailShop: { noun: "independent shop", a: "an independent shop", the: "the independent shop" },
  },
  customers: "shoppers",
  offer: "well-made products",
  team: "Customer service team",
  b2bAngle: "wholesale orders and corporate gifts",
  overview:
    "Online retail is crowded and paid traffic keeps getting more expensive, so independent brands win on a clear niche, strong product photos and reviews, and repeat purchases from their own email list rather than one-off ad-driven sales.",
  trends: [
    "Customer acquisition costs on Meta and Google keep rising, so retention and email carry more of the profit",
    "Shoppers discover products on TikTok and Instagram and check reviews before buying",
    "Marketplaces like Amazon set expectations for fast, free shipping and easy returns",
  ],
  competitors: [
    {
      name: "Amazon and big-box retailers",
      strengths: "Huge range, fast delivery, low prices and trusted checkout",
      weaknesses: "No story, no curation and little care about the niche",
      edge: "{name} offers a curated range, a story people care about and personal service",
    },
    {
      name: "Other independent brands in the niche",
      strengths: "Similar products, strong social presence and loyal followers",
      weaknesses: "Often rely on one channel and compete on discounts",
      edge: "A sharper point of view and a system for reviews, email and repeat orders",
    },
    {
      name: "Unbranded look-alikes and dupes",
      strengths: "Cheaper, everywhere on marketplaces and social ads",
      weaknesses: "Inconsistent quality, slow shipping, no support",
      edge: "Proven quality, honest materials and real customer service",
    },
  ],
  swot: {
    strengths: ["Direct relationship with customers and their data", "Can launch products and test offers quickly"],
    weaknesses: ["Depends on paid traffic that gets more expensive", "Limited brand awareness outside existing followers"],
    opportunities: [
      "Bundles and subscriptions that raise order value and repeat purchases",
      "Creator partnerships and user-generated content that double as ad creative",
      "Wholesale or gift-shop partners that put products in front of new buyers",
    ],
    threats: ["Rising ad costs and platform changes", "Copycat products at lower prices"],
  },
  segments: [
    {
      name: "Niche enthusiasts",
      description: "People who care about the category and research before buying, the core buyers of {offer}",
      needs: ["Quality they can trust and details about how it is made", "A brand that shares their values"],
    },
    {
      name: "Gift buyers",
      description: "Shoppers looking for a thoughtful present, especially before holidays and occasions",
      needs: ["Gift-ready packaging and delivery by a date", "Easy choice with bundles and guides"],
    },
    {
      name: "Repeat customers",
      description: "Past buyers who would reorder or try new products if reminded",
      needs: ["Easy reordering", "Early access and loyalty perks"],
    },
  ],
  personas: [
    {
      name: "Jess, the conscious shopper",
      summary: "Buys fewer, better things and follows small brands on Instagram before trying them.",
      demographics: "25-40, urban professional, shops online weekly",
      goals: ["Find products that are worth the money and last", "Support brands with values she shares"],
      painPoints: ["Products that look better in photos than in reality", "Slow shipping and difficult returns"],
      objections: ["Is it worth paying more than on Amazon?", "Shipping costs at checkout"],
      quote: "I'll pay a bit more if I know who made it and the reviews are real.",
    },
    {
      name: "Mark, the last-minute gifter",
      summary: "Needs a great present fast and trusts clear reviews and delivery dates.",
      demographics: "30-55, busy parent or professional, buys gifts online",
      goals: ["A gift that feels personal", "Delivery on time without stress"],
      painPoints: ["Unclear delivery dates", "Too much choice"],
      objections: ["Will it arrive in time?", "Can I return it if it is not right?"],
      quote: "Tell me it will arrive by Friday and looks great in the box, and I'll buy it.",
    },
  ],
  positioning: {
    need: "want {offer} they can trust, without trawling through endless look-alikes",
    benefit: "makes well-made {offer} easy to buy and a pleasure to receive",
    reason: "it controls the product, the story and the service from start to finish",
    promise: "Products you can trust, shipped fast, from a brand that answers.",
  },
  messages: [
    "Made with care, and we can show you how",
    "Loved by customers: read the reviews",
    "Fast shipping, easy returns, real people answering",
  ],
  mix: {
    product:
      "A focused range around {offer}, with best sellers, bundles and one new product or variant a quarter to give followers a reason to return.",
    price:
      "Premium to mass-market alternatives, justified by quality; bundles and free-shipping thresholds instead of blanket discounts.",
    place: "The own online store first, supported by marketplaces for reach and selected retail or wholesale partners.",
  },
  risks: [
    {
      risk: "Ad costs rise and paid social stops paying back",
      mitigation: "Grow the email list and repeat purchases so profit does not depend on ads",
      contingency: "Shift budget to creators, SEO and email and cut unprofitable ad sets",
    },
    {
      risk: "Stock-outs or shipping delays cause bad reviews at the worst moment",
      mitigation: "Forecast stock for peaks and show honest delivery dates",
      contingency: "Email affected customers first, with a clear date and a small thank-you",
    },
  ],
  topics: [
    "How {offer} is made: behind the scenes at {name}",
    "Three ways to use or style our best seller",
    "Customer review of the week, in their own words",
    "Bundle or gift guide with a clear delivery date",
    "Care tips and reorder reminder for past customers",
    "Unboxing and reposts from customers",
  ],
  questions: [
    "What are your average order value, gross margin and current repeat purchase rate?",
    "Which products sell best today, and through which channel?",
  ],
} satisfies IndustryCopy;
