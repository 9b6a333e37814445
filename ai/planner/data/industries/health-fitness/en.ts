import type { IndustryCopy } from "../../../i18n/types";

export const en = {
  label: "health and fitness",
  kinds: {
    gym: { noun: "gym", a: "a gym", the: "the gym" },
    yoga: { noun: "yoga and pilates studio", a: "a yoga and pilates studio", the: "the studio" },
    personalTraining: {
      noun: "personal training business",
      a: "a personal training business",
      the: "the personal training business",
    },
  },
  customers: "members",
  offer: "classes and coaching",
  team: "Coaches and front desk",
  b2bAngle: "corporate wellness classes for local employers",
  overview:
    "Fitness {inRegion} is split between budget chains, boutique studios and home workouts. People choose on location, atmosphere and the first class experience, and most drop out in the first three months unless a community and a routine keep them.",
  trends: [
    "Boutique, community-driven training keeps growing while budget gyms compete on price",
    "Short-form video is where people discover studios and coaches",
    "Members want results they can track and a coach who notices them",
  ],
  competitors: [
    {
      name: "Budget gym chains",
      strengths: "Low monthly price, long opening hours, lots of equipment",
      weaknesses: "Crowded, anonymous and little guidance",
      edge: "{name} gives coaching, a community and progress people can see",
    },
    {
      name: "Boutique studios nearby",
      strengths: "Strong brand, great atmosphere and loyal communities",
      weaknesses: "High prices and fixed class times",
      edge: "A friendlier entry point, flexible options and personal attention",
    },
    {
      name: "Home workouts and fitness apps",
      strengths: "Cheap, convenient and available any time",
      weaknesses: "No accountability, easy to quit",
      edge: "Coaches and a group who expect you, which is why members stay",
    },
  ],
  swot: {
    strengths: ["Coaches who know members by name", "A community that keeps people coming back"],
    weaknesses: ["Capacity limited by space and class times", "High drop-out after the first months"],
    opportunities: [
      "Intro offers and challenges that turn trial visitors into members",
      "Corporate wellness partnerships with nearby employers",
      "Referral rewards for members who bring a friend",
    ],
    threats: ["Budget chains opening nearby", "January peaks followed by summer slumps"],
  },
  segments: [
    {
      name: "Beginners getting back into fitness",
      description: "Adults who want to get fit but feel intimidated by big gyms",
      needs: ["A welcoming first session", "A plan they can stick to"],
    },
    {
      name: "Committed regulars",
      description: "People who train several times a week and want progress and community",
      needs: ["Good programming and coaching", "Classes at times that fit their week"],
    },
    {
      name: "Busy professionals",
      description: "Time-poor people who need efficient sessions close to work or home",
      needs: ["Short, effective sessions", "Easy booking and flexible times"],
    },
  ],
  personas: [
    {
      name: "Emma, the fresh starter",
      summary: "Wants to get fit after a long break and needs a place where she will not feel out of place.",
      demographics: "28-45, office worker, lives within 15 minutes",
      goals: ["Feel stronger and more energetic", "Build a routine she keeps"],
      painPoints: ["Feeling lost in a big gym", "Losing motivation after a few weeks"],
      objections: ["I'm not fit enough yet", "Membership feels like a big commitment"],
      quote: "If someone shows me what to do and notices when I don't turn up, I'll stick with it.",
    },
    {
      name: "Dan, the committed trainer",
      summary: "Trains four times a week and wants coaching and people to push him.",
      demographics: "25-40, active professional, nearby",
      goals: ["Hit new personal bests", "Train with people at his level"],
      painPoints: ["Generic programmes", "Crowded equipment at peak times"],
      objections: ["More expensive than his current gym", "Class times may not fit"],
      quote: "I want good coaching and people who push me.",
    },
  ],
  positioning: {
    need: "want to get fitter with real guidance and people who keep them going",
    benefit: "turns {offer} into progress members can see, in a community that notices them",
    reason: "every member gets a plan and coaches who know their name",
    promise: "Coaching, community and progress you can see, close to home.",
  },
  messages: [
    "Your first session is on us",
    "Coaches who know your name and your goals",
    "Stronger every month: see your progress",
  ],
  mix: {
    product: "{offer}, with a structured intro programme for newcomers and progress tracking for everyone.",
    price: "Monthly memberships with a low-commitment intro offer; class packs for flexibility; no joining fee in campaigns.",
    place: "The studio {inRegion}, with online booking and, where possible, a few online or outdoor sessions.",
    people: "Coaches with visible profiles who greet newcomers, learn names and follow up after the first class.",
    process: "Free intro session, simple online booking, check-in after week one and a progress review every month.",
    physicalEvidence: "Clean, bright space, before/after stories with consent, member photos and Google reviews.",
  },
  risks: [
    {
      risk: "New members drop out in the first 90 days",
      mitigation: "Run an onboarding programme with check-ins in weeks 1, 3 and 6",
      contingency: "Call lapsed members personally and offer a free coaching session",
    },
    {
      risk: "Seasonal slump in summer after the January peak",
      mitigation: "Plan a summer challenge and outdoor sessions in advance",
      contingency: "Offer pause options instead of cancellations and promote short-term passes",
    },
  ],
  topics: [
    "Meet the coaches at {name}",
    "What happens in your first session: a walkthrough",
    "Member transformation story (with consent)",
    "Intro offer: start this month",
    "Monthly challenge for members",
    "Bring a friend week",
  ],
  questions: [
    "How many active members do you have, and what is your monthly churn?",
    "Which class times are full and which are half empty?",
  ],
} satisfies IndustryCopy;
