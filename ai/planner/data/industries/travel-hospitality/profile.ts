import type { IndustryProfile } from "../../../types";

export const profile = {
  id: "travel-hospitality",
  kinds: {
    hotel: { hotel: 4, "boutique hotel": 5, hostel: 4, inn: 2, resort: 4, lodge: 3, motel: 4, guesthouse: 4, hostal: 4 },
    bnb: {
      "b b": 4,
      "bed and breakfast": 5,
      "holiday let": 5,
      "holiday lets": 5,
      "vacation rental": 5,
      "vacation rentals": 5,
      airbnb: 3,
      cottage: 2,
      cottages: 2,
      "casa rural": 5,
      "chambres d hotes": 5,
      "chambre d hotes": 5,
      gite: 4,
      gites: 4,
      ferienwohnung: 5,
      ferienwohnungen: 5,
      pension: 1,
    },
    tours: {
      tours: 4,
      "tour operator": 5,
      guided: 2,
      excursion: 3,
      excursions: 3,
      "travel agency": 5,
      "walking tour": 5,
      "walking tours": 5,
      trips: 2,
      safari: 3,
      "visitas guiadas": 5,
      reiseveranstalter: 5,
      "visites guidees": 5,
      viajes: 2,
      voyages: 2,
      reisen: 2,
    },
  },
  lexicon: {
    travel: 2,
    travellers: 2,
    travelers: 2,
    tourism: 3,
    tourists: 2,
    hospitality: 3,
    rooms: 2,
    stays: 2,
    getaway: 2,
    getaways: 2,
    holiday: 1,
    holidays: 1,
    vacation: 1,
    turismo: 3,
    tourisme: 3,
    tourismus: 3,
    alojamiento: 3,
    hebergement: 3,
    unterkunft: 3,
    "check in": 2,
  },
  showcase: ["boutique hotel", "guided", "walking tours", "excursions", "safari", "bed and breakfast", "hostel", "casa rural"],
  offerType: "service",
  defaultModel: "B2C",
  defaultReach: "local",
  tone: "friendly",
  channels: {
    proven: ["booking-platforms", "google-business-profile", "review-platforms", "seo-content", "instagram"],
    next: ["email", "partnerships", "google-ads", "meta-ads", "pinterest"],
    experimental: ["influencers", "tiktok", "pr", "youtube"],
  },
  platforms: (channel, market) => {
    if (channel === "review-platforms") return "Tripadvisor & Google";
    if (channel !== "booking-platforms") return undefined;
    if (market.kind === "tours") return "Viator & GetYourGuide";
    if (market.kind === "bnb") return "Airbnb & Booking.com";
    return "Booking.com & Expedia";
  },
  kpis: [
    { id: "direct-booking-share", baseline: 25, target: 33 },
    { id: "occupancy-rate", baseline: 62, target: 70 },
    { id: "google-reviews", baseline: 120, target: 160 },
    { id: "conversion-rate", baseline: 1.8, target: 2.5 },
    { id: "email-subscribers", baseline: 900, target: 1400 },
  ],
  // Usual ranges for this industry and what they rest on; the plan's acquisition cost, conversion rate and budget read them.
  ranges: {
    conversion: { low: 1, high: 4 },
    cac: { low: 25, high: 70 },
    basis: {
      source: "Direct-booking site conversion and search and social costs per direct booking, against platform commission",
      rationale:
        "Guests compare on booking platforms; a direct booking saves commission, so paying up to that commission per guest still pays.",
    },
  },
  budgetUsd: { idea: 500, launch: 1500, growth: 3000, established: 7000 },
  competitorTypes: ["direct", "indirect", "substitute"],
  topicStages: ["awareness", "awareness", "consideration", "conversion", "retention", "advocacy"],
} satisfies IndustryProfile;
