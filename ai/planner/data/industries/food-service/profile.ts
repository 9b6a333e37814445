import type { IndustryProfile } from "../../../types";

export const profile = {
  id: "food-service",
  kinds: {
    cafe: { cafe: 3, "coffee shop": 4, coffeehouse: 4, espresso: 2, cafeteria: 3, "coffee bar": 4, kaffee: 2, barista: 2 },
    restaurant: {
      restaurant: 3,
      bistro: 3,
      trattoria: 3,
      pizzeria: 3,
      diner: 3,
      eatery: 3,
      restaurante: 3,
      gastropub: 3,
      tapas: 2,
      chef: 2,
      "wine bar": 3,
      brasserie: 3,
      gaststatte: 3,
    },
    bakery: {
      bakery: 4,
      bakeries: 4,
      patisserie: 4,
      pastry: 2,
      pastries: 2,
      sourdough: 2,
      croissant: 2,
      panaderia: 4,
      pasteleria: 4,
      boulangerie: 4,
      backerei: 4,
      konditorei: 4,
      "*backerei": 4,
      sauerteigbrot: 2,
      sauerteig: 2,
      zimtschnecken: 2,
      brotchen: 2,
      "masa madre": 2,
      cakes: 1,
    },
    foodTruck: { "food truck": 5, "street food": 4, "food stall": 4, "food van": 4, foodtruck: 5, "food trailer": 4 },
  },
  lexicon: {
    food: 1,
    drinks: 1,
    catering: 2,
    takeaway: 2,
    "take away": 2,
    brunch: 2,
    lunch: 1,
    menu: 2,
    vegan: 1,
    coffee: 1,
    cocktail: 2,
    cocktails: 2,
    comida: 1,
    cuisine: 1,
    gastronom: 2,
    "dine in": 2,
    breakfast: 1,
  },
  showcase: [
    "espresso",
    "sourdough",
    "pastries",
    "pastry",
    "croissant",
    "brunch",
    "vegan",
    "cocktails",
    "tapas",
    "cakes",
    "catering",
    "takeaway",
    "breakfast",
    "street food",
    "wine bar",
    "pizzeria",
    "patisserie",
  ],
  offerType: "service",
  defaultModel: "B2C",
  defaultReach: "local",
  tone: "friendly",
  channels: {
    proven: ["google-business-profile", "instagram", "review-platforms", "loyalty", "email"],
    next: ["partnerships", "delivery-apps", "meta-ads", "community-groups", "local-print", "tiktok"],
    experimental: ["tiktok", "events", "influencers", "google-ads"],
  },
  platforms: (channel, market) => {
    if (channel === "review-platforms") return "Google & Tripadvisor";
    if (channel !== "delivery-apps") return undefined;
    if (market.currency === "USD" || market.currency === "CAD") return "Uber Eats & DoorDash";
    if (market.currency === "GBP") return "Deliveroo & Uber Eats";
    if (market.currency === "AUD") return "Uber Eats & Menulog";
    if (market.currency === "INR") return "Zomato & Swiggy";
    if (market.lang === "es") return "Glovo & Uber Eats";
    if (market.lang === "de") return "Lieferando & Wolt";
    return "Uber Eats & Deliveroo";
  },
  kpis: [
    { id: "weekly-transactions", baseline: 600, target: 690 },
    { id: "google-reviews", baseline: 60, target: 95 },
    { id: "repeat-rate", baseline: 35, target: 42 },
    { id: "email-subscribers", baseline: 300, target: 600 },
    { id: "engagement-rate", baseline: 2, target: 3.5 },
  ],
  // Usual ranges for this industry and what they rest on; the plan's acquisition cost, conversion rate and budget read them.
  ranges: {
    conversion: { low: 3, high: 8 },
    cac: { low: 4, high: 14 },
    basis: {
      source: "Local search and social costs per new regular, and table-booking or order conversion",
      rationale:
        "A café or restaurant sells small tickets many times; most new customers come from walking past, search and reviews, so paid cost must stay low.",
    },
  },
  budgetUsd: { idea: 300, launch: 1000, growth: 1500, established: 3000 },
  competitorTypes: ["direct", "direct", "substitute"],
  topicStages: ["awareness", "awareness", "consideration", "conversion", "retention", "advocacy"],
} satisfies IndustryProfile;
