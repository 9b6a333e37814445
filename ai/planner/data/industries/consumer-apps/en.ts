import type { IndustryCopy } from "../../../i18n/types";

export const en = {
  label: "consumer apps",
  kinds: {
    app: { noun: "mobile app", a: "a mobile app", the: "the app" },
    game: { noun: "mobile game", a: "a mobile game", the: "the game" },
  },
  customers: "users",
  offer: "a mobile app",
  team: "Community and support team",
  b2bAngle: "team or employer subscriptions",
  overview:
    "App stores are crowded and paid installs are expensive, so winning apps combine a sharp store listing, organic social video and strong early retention. Most users decide within the first session whether to keep an app.",
  trends: [
    "Short-form video drives discovery far more than store browsing",
    "Privacy changes make paid install targeting harder and costlier",
    "Subscriptions reward retention over raw install numbers",
  ],
  competitors: [
    {
      name: "Category leaders with big budgets",
      strengths: "Brand awareness, top store rankings and large ad budgets",
      weaknesses: "Bloated features and generic experience",
      edge: "{name} does one thing better, for a clearly defined group of users",
    },
    {
      name: "Similar indie apps",
      strengths: "Fast iteration and niche communities",
      weaknesses: "Thin content and little support",
      edge: "A polished experience and an active community",
    },
    {
      name: "Free alternatives and doing nothing",
      strengths: "No cost and no new habit needed",
      weaknesses: "Problem stays unsolved",
      edge: "A first session that shows the value in under a minute",
    },
  ],
  swot: {
    strengths: ["Product focused on a clear use case", "Ability to ship and test quickly"],
    weaknesses: ["Low awareness and few ratings", "Retention not yet proven at scale"],
    opportunities: [
      "Creator partnerships and short videos that show the app in use",
      "Store optimisation for high-intent search terms",
      "Referral loops and sharing built into the product",
    ],
    threats: ["Rising cost per install", "Store policy or algorithm changes"],
  },
  segments: [
    {
      name: "Early adopters in the niche",
      description: "Users who actively look for better tools or games in this category",
      needs: ["A fresh approach worth switching for", "A community to share with"],
    },
    {
      name: "Mainstream users with the problem",
      description: "People who need what {offer} does but do not search for apps",
      needs: ["Instant, obvious value", "No learning curve"],
    },
    {
      name: "Lapsed users",
      description: "People who installed but stopped using it",
      needs: ["A reason to come back", "What is new since they left"],
    },
  ],
  personas: [
    {
      name: "Zoe, the early adopter",
      summary: "Tries new apps weekly, follows creators in the niche and shares what she likes.",
      demographics: "18-34, smartphone-first, active on TikTok and Reddit",
      goals: ["Find apps that are genuinely better", "Be first to share something good"],
      painPoints: ["Apps that ask to pay before showing value", "Ads interrupting the experience"],
      objections: ["Another subscription?", "Will it still be here next year?"],
      quote: "If it's good in the first minute, I'll tell everyone.",
    },
    {
      name: "Sam, the practical user",
      summary: "Wants a problem solved on the phone with the least effort possible.",
      demographics: "25-50, busy, uses a few apps daily",
      goals: ["Save time or have fun without effort", "Keep things simple"],
      painPoints: ["Complicated onboarding", "Too many notifications"],
      objections: ["I already have something that works", "Privacy concerns"],
      quote: "Make it obvious what it does and don't spam me.",
    },
  ],
  positioning: {
    need: "want {offer} that is worth keeping on their home screen",
    benefit: "shows its value in the first minute and keeps getting better",
    reason: "it is built around one thing done exceptionally well, with a community that shapes it",
    promise: "Value in the first minute, and a reason to come back every day.",
  },
  messages: [
    "Try it free: value in the first minute",
    "Loved by users: see the reviews",
    "New every week, shaped by our community",
  ],
  mix: {
    product: "{offer}, with an onboarding that reaches the first success moment in one session and regular updates.",
    price:
      "Free download with a freemium or trial model; annual subscription at a discount; in-app purchases that never block the core experience.",
    place: "App Store and Google Play, with a web landing page for sharing and search.",
  },
  risks: [
    {
      risk: "Installs grow but users churn in the first week",
      mitigation: "Measure day-1 and day-7 retention and fix onboarding before scaling spend",
      contingency: "Pause paid installs and run an onboarding sprint",
    },
    {
      risk: "Cost per install rises above what users are worth",
      mitigation: "Set a maximum cost per install from lifetime value and review weekly",
      contingency: "Shift budget to creators, store optimisation and referrals",
    },
  ],
  topics: [
    "Show the app in 15 seconds: the main use case",
    "Tips and hidden features most users miss",
    "User story or high score of the week",
    "New update: what changed and why",
    "Come-back reward for lapsed users",
    "Community challenge and invite-a-friend reward",
  ],
  questions: [
    "What are your day-1, day-7 and day-30 retention, and your conversion to paid?",
    "What is a user worth over a year, and what do installs cost today?",
  ],
} satisfies IndustryCopy;
