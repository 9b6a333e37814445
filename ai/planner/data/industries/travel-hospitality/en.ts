import type { IndustryCopy } from "../../../i18n/types";

export const en = {
  label: "travel and hospitality",
  kinds: {
    hotel: { noun: "hotel", a: "a hotel", the: "the hotel" },
    bnb: { noun: "bed and breakfast", a: "a bed and breakfast", the: "the bed and breakfast" },
    tours: { noun: "tour operator", a: "a tour operator", the: "the tour operator" },
  },
  customers: "guests",
  offer: "stays and experiences",
  team: "Guest services team",
  b2bAngle: "corporate stays, team retreats and group bookings",
  overview:
    "Travellers plan on booking platforms, review sites, Google Maps and Instagram. Platforms bring volume but take 15-25% commission, so independents {inRegion} win by turning platform guests into direct, repeat and referred guests.",
  trends: [
    "Travellers book through platforms but check reviews, photos and the own website before deciding",
    "Demand grows for authentic, local experiences over standard offers",
    "Shorter lead times and more last-minute bookings",
  ],
  competitors: [
    {
      name: "Comparable places in the area",
      strengths: "Similar location and price, established reviews",
      weaknesses: "Generic experience and slow replies",
      edge: "{name} offers a personal welcome, local tips and a stay people talk about",
    },
    {
      name: "Chains and large operators",
      strengths: "Loyalty programmes, brand trust and big marketing budgets",
      weaknesses: "Standardised, impersonal experience",
      edge: "Character, local knowledge and flexibility a chain cannot offer",
    },
    {
      name: "Other destinations and staying home",
      strengths: "Often cheaper or easier",
      weaknesses: "Less special, no story to tell",
      edge: "A reason to come: seasonal experiences and offers only available here",
    },
  ],
  swot: {
    strengths: ["Distinctive location and character", "Personal hospitality that earns strong reviews"],
    weaknesses: ["High dependence on booking-platform commissions", "Strong seasonality"],
    opportunities: [
      "Direct-booking perks that move repeat guests off platforms",
      "Packages with local partners (restaurants, activities, events)",
      "Off-season offers for remote workers, groups and retreats",
    ],
    threats: ["Platform ranking and commission changes", "Events outside control (weather, travel disruption)"],
  },
  segments: [
    {
      name: "Leisure travellers and couples",
      description: "People planning a short break or holiday and comparing options on platforms",
      needs: ["Great photos and reviews they can trust", "A memorable, easy stay"],
    },
    {
      name: "Families and groups",
      description: "Groups that need space, flexibility and activities",
      needs: ["Clear information on rooms and facilities", "Packages that save planning"],
    },
    {
      name: "Business and remote-work travellers",
      description: "Guests travelling for work or working remotely, often midweek",
      needs: ["Fast Wi-Fi and a quiet place to work", "Simple invoicing"],
    },
  ],
  personas: [
    {
      name: "Chloe and Ben, the weekend couple",
      summary: "Plan two or three short breaks a year and scroll Instagram and reviews for ideas.",
      demographics: "28-45, couple, city-based, books 2-6 weeks ahead",
      goals: ["A special place worth the trip", "Easy planning with good local tips"],
      painPoints: ["Places that disappoint compared to photos", "Hidden fees"],
      objections: ["Cheaper options nearby", "Unsure about availability or cancellation terms"],
      quote: "If the reviews are great and booking direct gets us a perk, we book direct.",
    },
    {
      name: "The Müller family",
      summary: "Book one longer holiday a year and research carefully for space and activities.",
      demographics: "35-50, parents with children, book 2-4 months ahead",
      goals: ["Stress-free holiday for everyone", "Good value for a family"],
      painPoints: ["Lack of family information", "Rooms too small"],
      objections: ["Price for the whole family", "Distance from activities"],
      quote: "Tell us exactly what is there for the kids and we'll book the week.",
    },
  ],
  positioning: {
    need: "want a stay or experience that feels personal, not packaged",
    benefit: "offers {offer} with character, local knowledge and a personal welcome",
    reason: "it is run by people who live here and know the area inside out",
    promise: "A personal welcome and local experiences you will talk about long after.",
  },
  messages: [
    "Book direct for the best rate and a welcome perk",
    "Local tips from people who live here",
    "Guests rate us highly: see why",
  ],
  mix: {
    product: "{offer}, with packages that combine the stay with local experiences and seasonal themes.",
    price: "Dynamic pricing by season and demand; best rate and a perk for direct bookings; minimum stays at peak.",
    place: "Own website with a booking engine, booking platforms for reach, and partnerships with local attractions.",
    people: "A guest services team that replies fast, shares local tips and personalises each stay.",
    process: "Fast replies, pre-arrival email with tips, smooth check-in and a review request after departure.",
    physicalEvidence: "Professional photos, guest reviews, a well-kept property and welcome touches guests photograph.",
  },
  risks: [
    {
      risk: "Off-season occupancy drops and fixed costs continue",
      mitigation: "Plan off-season packages for groups, retreats and remote workers early",
      contingency: "Run a targeted offer to past guests and partners for the quietest weeks",
    },
    {
      risk: "A platform changes ranking or commission and bookings fall",
      mitigation: "Grow direct bookings and the guest email list every month",
      contingency: "Email past guests with a direct-booking offer and increase search ads",
    },
  ],
  topics: [
    "Local guide: three things to do near {name} this season",
    "What a stay or tour with {name} looks like",
    "Guest story of the month",
    "Direct-booking perk: why booking with us pays",
    "Welcome-back offer for past guests",
    "Guest photos and reviews roundup",
  ],
  questions: [
    "What are your occupancy and direct-booking share by season today?",
    "What is your average nightly rate or ticket price, and what commission do platforms take?",
  ],
} satisfies IndustryCopy;
