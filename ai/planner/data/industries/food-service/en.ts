import type { IndustryCopy } from "../../../i18n/types";

export const en = {
  label: "food service",
  kinds: {
    cafe: { noun: "café", a: "a café", the: "the café" },
    restaurant: { noun: "restaurant", a: "a restaurant", the: "the restaurant" },
    bakery: { noun: "bakery", a: "a bakery", the: "the bakery" },
    foodTruck: { noun: "food truck", a: "a food truck", the: "the food truck" },
  },
  customers: "guests",
  offer: "fresh food and drinks",
  team: "Front-of-house team",
  b2bAngle: "office catering and team breakfasts",
  overview:
    "Independent food businesses {inRegion} compete on convenience, quality and atmosphere. Most new guests check Google Maps, photos and reviews before a first visit, and regulars drive most of the revenue.",
  trends: [
    "Guests choose places from Google Maps, photos and star ratings, often minutes before they go",
    "Loyalty apps and stamp cards turn occasional visitors into weekly regulars",
    "Demand for local, seasonal and dietary-friendly options (vegan, gluten-free) keeps rising",
  ],
  competitors: [
    {
      name: "Chains and franchises nearby",
      strengths: "Known brand, prime locations, apps and loyalty schemes, long opening hours",
      weaknesses: "Generic menu and atmosphere, little personal service",
      edge: "{name} offers a personal welcome, fresher food and a place with its own character",
    },
    {
      name: "Other independents in the area",
      strengths: "Loyal regulars, local reputation and Instagram-friendly interiors",
      weaknesses: "Often inconsistent opening hours and little marketing beyond social media",
      edge: "A clearer specialty and a system for reviews and regulars that most independents lack",
    },
    {
      name: "Delivery apps and cooking at home",
      strengths: "Convenience: food comes to the sofa or the desk",
      weaknesses: "Food travels badly, fees add up and there is no experience",
      edge: "An experience worth leaving the house for, plus takeaway for busy days",
    },
  ],
  swot: {
    strengths: ["Owner on site: quality and service can be personal", "Flexible menu that can follow seasons and feedback fast"],
    weaknesses: [
      "Capacity is fixed by seats, staff and opening hours",
      "Revenue depends heavily on weather, season and footfall",
    ],
    opportunities: [
      "Breakfast, lunch and catering for nearby offices",
      "Events such as tastings, workshops or late openings to fill quiet hours",
      "Regulars who would join a loyalty scheme or newsletter today",
    ],
    threats: ["Rising ingredient, energy and staff costs squeezing margins", "A new chain opening within walking distance"],
  },
  segments: [
    {
      name: "Local regulars",
      description: "People who live or work within ten minutes and can make {name} part of their routine",
      needs: ["Consistent quality and a friendly welcome", "Speed at peak times"],
    },
    {
      name: "Weekend and leisure visitors",
      description: "Friends, couples and families looking for a good place to spend an hour or two",
      needs: ["Atmosphere and something worth sharing", "Space, tables and easy booking"],
    },
    {
      name: "Nearby workplaces",
      description: "Offices and shops that order for meetings, teams and events",
      needs: ["Reliable delivery at the agreed time", "Simple ordering and invoicing"],
    },
  ],
  personas: [
    {
      name: "Maya, the weekday regular",
      summary: "Works nearby and wants her daily coffee or lunch to be quick, good and familiar.",
      demographics: "28-40, office or hybrid worker, lives or works within 10 minutes",
      goals: ["Good food or coffee without a detour", "A small daily treat that feels personal"],
      painPoints: ["Queues when she is short of time", "Chains that taste the same everywhere"],
      objections: ["A bit more expensive than the chain", "Not sure it is open when she needs it"],
      quote: "If they know my order and I'm out in five minutes, I'm back tomorrow.",
    },
    {
      name: "Tom and Sara, the weekend explorers",
      summary: "Look for new places to try on weekends and trust photos and reviews more than ads.",
      demographics: "25-45, couple or small group, within 30 minutes",
      goals: ["Find a place worth the trip", "Something to photograph and recommend"],
      painPoints: ["Places that look better online than in person", "Long waits without a booking"],
      objections: ["There are already favourites closer to home", "Unsure whether it will be busy"],
      quote: "We saw it on Instagram and the reviews were great, so we gave it a go.",
    },
  ],
  positioning: {
    need: "want good food and drink close by, without settling for a chain",
    benefit: "serves {offer} worth the short detour, with a welcome that feels personal",
    reason: "everything is made with care by people who know their regulars",
    promise: "Fresh, well-made food and drinks, and a welcome that makes people come back.",
  },
  messages: [
    "Made fresh, by people who know your name",
    "Your daily stop, done properly",
    "Come for the food, stay for the atmosphere",
  ],
  mix: {
    product:
      "A focused menu built around {offer}, with signature items people recommend and seasonal specials to give regulars a reason to return.",
    price:
      "Priced a little above chains and justified by quality; a loyalty reward rather than discounts; set menus or bundles for lunch.",
    place:
      "The venue itself {inRegion}, plus takeaway and, if margins allow, delivery in quiet hours; visible on Google Maps with accurate hours.",
    people: "A front-of-house team that greets regulars by name and asks happy guests for a review.",
    process: "Fast service at peak times, simple ordering, and a loyalty card or app that works at the till.",
    physicalEvidence:
      "Clean, inviting interior and frontage, good photos on Google and Instagram, and reviews that mention the welcome.",
  },
  risks: [
    {
      risk: "A quiet season or bad weather cuts footfall for weeks",
      mitigation: "Build the email list and loyalty base early, and plan seasonal specials",
      contingency: "Push takeaway, catering and events during quiet weeks",
    },
    {
      risk: "Inconsistent quality or service triggers negative reviews",
      mitigation: "Write down recipes and service standards and brief the team weekly",
      contingency: "Reply publicly to every complaint within 24 hours and invite the guest back",
    },
  ],
  topics: [
    "Meet the team behind {name}",
    "How we make our signature {offer}",
    "Five things regulars order at {name}",
    "This week's special and how to get it",
    "Regulars' corner: thank-you reward for loyalty members",
    "Your photos: the best guest posts of the month",
  ],
  questions: [
    "What is your average spend per guest, and your busiest and quietest hours?",
    "How many seats or covers can you serve at peak, and is there room to grow takeaway or catering?",
  ],
} satisfies IndustryCopy;
