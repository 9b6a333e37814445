import type { IndustryCopy } from "../../../i18n/types";

export const en = {
  label: "beauty",
  kinds: {
    salon: { noun: "salon", a: "a salon", the: "the salon" },
    spa: { noun: "spa", a: "a spa", the: "the spa" },
    cosmetics: { noun: "beauty brand", a: "a beauty brand", the: "the beauty brand" },
  },
  customers: "clients",
  offer: "beauty treatments",
  team: "Stylists and therapists",
  b2bAngle: "corporate pamper days and gift vouchers for companies",
  overview:
    "Beauty is visual and trust-driven: clients find {kindA} through Instagram, TikTok and Google reviews, book online, and stay loyal to a person more than to a brand. Rebooking and referrals decide profitability.",
  trends: [
    "Clients discover and judge treatments and products through short videos and before/after photos",
    "Online booking and reminders are now expected, with deposits to cut no-shows",
    "Demand keeps growing for natural, clean and personalised beauty",
  ],
  competitors: [
    {
      name: "Chain salons and mass-market beauty brands",
      strengths: "Convenient locations, promotions and brand recognition",
      weaknesses: "Rushed service, generic results and little personal advice",
      edge: "{name} offers personal attention, expert advice and results people photograph",
    },
    {
      name: "Independent specialists and indie brands",
      strengths: "Loyal followings and distinctive style",
      weaknesses: "Limited availability and inconsistent booking or shipping",
      edge: "A professional experience from booking to aftercare, with consistent quality",
    },
    {
      name: "At-home treatments and drugstore products",
      strengths: "Cheap and convenient",
      weaknesses: "Mixed results and no expert advice",
      edge: "Expert results and advice that products alone cannot give",
    },
  ],
  swot: {
    strengths: [
      "Skilled team with a personal relationship with clients",
      "Highly visual results that sell themselves on social media",
    ],
    weaknesses: ["Capacity limited by chair or therapist time", "Revenue depends on a few key team members"],
    opportunities: [
      "Packages, memberships and gift vouchers that raise spend and loyalty",
      "Retail products and aftercare that add revenue per visit",
      "Bridal, event and corporate bookings",
    ],
    threats: ["Low-price competitors and discount platforms", "Key staff leaving and taking clients with them"],
  },
  segments: [
    {
      name: "Regular maintenance clients",
      description: "Clients who book every few weeks and value a trusted specialist",
      needs: ["Consistent results from the same person", "Easy rebooking"],
    },
    {
      name: "Special-occasion clients",
      description: "People preparing for weddings, events or holidays",
      needs: ["Confidence in the result", "Availability on a specific date"],
    },
    {
      name: "Self-care and gift buyers",
      description: "People treating themselves or buying vouchers and products as gifts",
      needs: ["A premium, relaxing experience", "Easy vouchers and gift sets"],
    },
  ],
  personas: [
    {
      name: "Sophie, the loyal regular",
      summary: "Books every five weeks and follows her stylist or therapist on Instagram.",
      demographics: "28-50, professional, lives or works nearby",
      goals: ["Look and feel her best with minimal effort", "A specialist who knows her preferences"],
      painPoints: ["Last-minute cancellations", "Having to explain what she wants every time"],
      objections: ["Her current place is fine", "Price increases"],
      quote: "Once I find someone who gets it right, I don't go anywhere else.",
    },
    {
      name: "Nina, the occasion planner",
      summary: "Has a wedding or event coming and researches reviews and photos carefully before booking.",
      demographics: "25-40, planning an event, searching online",
      goals: ["Look perfect in photos", "Avoid any risk on the day"],
      painPoints: ["Not knowing whether the result will match the photos", "Fully booked calendars"],
      objections: ["Can I see real results first?", "Is a trial possible?"],
      quote: "Show me real results and reviews, and I'll book the trial today.",
    },
  ],
  positioning: {
    need: "want results they love from someone who listens",
    benefit: "delivers {offer} with expert advice and results worth photographing",
    reason: "each client is looked after by a specialist who knows their preferences",
    promise: "Results you love, from specialists who remember exactly how you like it.",
  },
  messages: ["Results you will want to photograph", "Specialists who listen and remember", "Book online in 30 seconds"],
  mix: {
    product: "{offer}, with signature treatments or products, packages and aftercare that extend results.",
    price: "Premium, tiered by specialist level; packages and memberships instead of discounts; deposits for peak slots.",
    place: "The salon or studio {inRegion} with online booking, plus an online shop for products and vouchers.",
    people: "Specialists with visible profiles and portfolios; reception that confirms, reminds and rebooks.",
    process:
      "Online booking with deposit, consultation before every new treatment, rebooking before leaving and aftercare follow-up.",
    physicalEvidence:
      "Styled interior, before/after portfolio, consistent Instagram grid and reviews that mention the specialist by name.",
  },
  risks: [
    {
      risk: "No-shows and last-minute cancellations waste prime slots",
      mitigation: "Take deposits and send reminders 48 and 24 hours ahead",
      contingency: "Keep a waiting list and fill gaps with a last-minute offer to followers",
    },
    {
      risk: "A key team member leaves and takes clients along",
      mitigation: "Build the brand of {name} alongside individual profiles, and keep client records central",
      contingency: "Contact affected clients personally and introduce a trusted colleague",
    },
  ],
  topics: [
    "Before and after: this week's favourite result",
    "Meet the specialist: what they love doing",
    "How to choose the right treatment for you",
    "Last-minute availability and how to book",
    "Aftercare tips to make results last",
    "Client review spotlight and referral reward",
  ],
  questions: [
    "What are your average ticket size and rebooking rate today?",
    "Which treatments or products have the best margin and the most free capacity?",
  ],
} satisfies IndustryCopy;
