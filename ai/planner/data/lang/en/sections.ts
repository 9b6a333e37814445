/** English templates for objectives through assumptions. */
export const enSections = {
  objectives: {
    customBaseline: "Starting count of {thing}: none assumed; replace with your own figure",
    title: "{kpi}: from {baseline} to {target} in {days} days",
    titleAlt: "Take {kpi} from {baseline} to {target} within {days} days",
    rationaleGoal: "You set this goal, and {kpi} is the clearest way to measure it.",
    rationaleDefault: "{kpi} is the earliest sign that the work on {proven} is reaching {segment}.",
    statedTarget: "The target is the number you stated.",
    estimatedTarget:
      "Baseline and target are benchmarks for {kindA} in its {stage}; replace them with your own data in week one.",
    extraGoals: "It also covers your goals: {goals}.",
    baselineBasis: "Typical for {kindA} in its {stage}; replace with your own figure",
    baselineNew: "Starting from zero at the {stage}",
    targetBasis: "Benchmark uplift for a focused 90-day plan",
    horizonBasis: "The 90-day pace extended over {months} months",
    statedBasis: "Stated in your goal",
    scaledBasis: "From your goal: {goal}",
    growthKpi: "{kpi} growth",
    growthBaselineBasis: "Today's level is the starting point",
  },
  strategy: {
    approach: {
      idea: "Validate demand before spending: use {proven} to build a waiting list of {customers}, test the offer and the price with a small budget, and only then scale.",
      launch:
        "Win the first {customers} fast: make {name} easy to find through {proven}, turn every early customer into a review or a referral, and keep paid spend small until the message converts.",
      growth:
        "Scale what already works: put most of the budget behind {proven}, add {next} to reach more of {segment}, and run one experiment at a time with the rest.",
      established:
        "Defend and deepen: keep {name} top of mind through {proven}, win back lapsed {customers}, and use {next} to open a new segment without diluting the brand.",
    },
    local: "The focus stays local: {region} first, where {name} is easy to reach.",
    online: "Every channel feeds one measurable path from first click to purchase.",
    b2b: "Business buyers come first, with {b2bAngle} as the entry offer.",
    premium: "Price, presentation and partners all signal the premium end of the market.",
    promotion: "Lead with {proven}; support with {next}; test {experimental}. Every piece repeats one message: {message}",
    premiumPrice:
      "Price at the top of the market and say why: {reason}. Avoid discounts; add value instead (priority booking, extras, limited editions).",
    people: "{team} who know the offer and the regulars by name; train them on the three key messages and on asking for reviews.",
    process: "A simple, fast path from first contact to purchase, with a follow-up after every first visit or order.",
    physicalEvidence: "Reviews, photos of real work and customers, and a tidy online presence that matches the experience.",
    funnel: {
      awareness: {
        goal: "Make {audience} {inRegion} aware that {name} exists",
        metric: "Reach and profile views",
        tactic: "Post consistently where {audience} already spend time",
      },
      consideration: {
        goal: "Give people a reason to choose {name} over the alternatives",
        metric: "Website visits and enquiries",
        tactic: "Show proof: reviews, before/after examples and answers to common objections",
      },
      conversion: {
        goal: "Turn interest into a first purchase or booking",
        metric: "First purchases or bookings",
        tactic: "Make the next step one click or one call, with a clear first-time offer",
      },
      retention: {
        goal: "Bring first-time {customers} back",
        metric: "Repeat rate",
        tactic: "Follow up within 48 hours with a thank-you and a reason to return",
      },
      advocacy: {
        goal: "Turn happy {customers} into reviewers and referrers",
        metric: "New reviews and referrals",
        tactic: "Ask for a review at the moment of delight and reward referrals",
      },
    },
  },
  channels: {
    targetBasis: "Estimate for a {band} budget; calibrate after the first month",
    focusTactic: "Make {channel} the first place every campaign appears, with its own weekly target",
  },
  budget: {
    free: "{free} cost nothing but time, so they get tactics and no share of the budget.",
    stated: "{budget} a month is the amount you set.",
    estimated:
      "No budget was given, so {budget} a month is an estimate for {kindA} in its {stage}: small businesses usually spend 7-8% of revenue on marketing, growth-focused ones 12-20%.",
    changed: "{budget} a month is {change} the previous {previous}.",
    changeDown: "{percent}% below",
    changeUp: "{percent}% above",
    split: "{proven} get 70%, {next} 20% and {experimental} 10%, the proven/next/experimental split.",
    splitAlt:
      "70% backs what works ({proven}), 20% builds the next channels ({next}) and 10% funds the experiment ({experimental}).",
    tiny: "With a budget this small, the plan concentrates on three low-cost channels where time matters more than money.",
    large: "A budget this size funds paid channels at a scale where results can be tested within weeks.",
    cacRange:
      "It usually costs {low} to {high} to win a customer here, so {budget} a month should bring roughly {fewest} to {most} new customers; measure the real cost from month one.",
    estimateBasis: "Typical monthly marketing spend for {kindA} in its {stage}",
    changedBasis: "{change} the stated {previous}",
    changedEstimateBasis: "{change} the previous estimate of {previous}",
  },
  roadmap: {
    focus: [
      "Foundations: get found, measured and reviewed",
      "Momentum: add the next channels and run the first campaign",
      "Optimise: test, cut what does not work and plan the next quarter",
    ],
    tracking: {
      title: "Set up tracking and record today's baseline for every KPI",
      deliverable: "A one-page dashboard with week-one numbers",
    },
    interviews: {
      title: "Interview five people from the target group ({segment})",
      deliverable: "Notes on their words, objections and where they look for options",
    },
    campaign: {
      title: "Launch the first campaign around: {objective}",
      deliverable: "Campaign live on {channels} with a weekly target",
    },
    reviews: {
      title: "Ask every happy customer for a review or a referral",
      deliverable: "A written ask, a link or QR code, and a weekly count",
    },
    optimise: {
      title: "Move budget from the weakest tactic to the strongest",
      deliverable: "A reallocated budget with the reason written down",
    },
    review: { title: "90-day review against the objectives", deliverable: "Results, lessons and the plan for the next quarter" },
  },
  calendar: {
    extra: [
      "Behind the scenes at {name}",
      "Customer story: why they chose {name}",
      "Answering a common question about {offer}",
      "Offer of the month for {audience}",
    ],
  },
  kpis: {
    customDefinition: "How many {thing} you have, counted the way your goal states it",
    weekly: "Check leading indicators against target and decide one fix for the week",
    monthly:
      "Review spend against the {budget} budget and each channel's results; move money from the weakest to the strongest channel",
    quarterly: "Review objectives, refresh personas and messages, and set the next 90-day roadmap",
    rangeBasis: "Usual range for {industry}: {low} to {high}; aim for the middle, then use your own figure",
    targetBasis: "90-day target; benchmark for {kindA} in its {stage}",
  },
  risks: {
    budget: {
      risk: "The budget is too thin to reach {segment} often enough to matter",
      mitigation: "Concentrate on three channels and organic tactics instead of spreading thin",
      contingency: "Pause the experimental channel and move its share to the best proven one",
    },
    time: {
      risk: "The plan depends on the owner's time, which disappears in busy weeks",
      mitigation: "Batch content once a week and keep a two-week buffer of ready posts",
      contingency: "Drop to the two proven channels until things calm down",
    },
    tracking: {
      risk: "Without reliable tracking, budget follows opinions instead of results",
      mitigation: "Set up tracking links, call tracking or promo codes before spending",
      contingency: "Ask every new customer how they heard about {name} and log it",
    },
    dependency: {
      risk: "Too much demand depends on {channel}; a fee or algorithm change could cut it overnight",
      mitigation: "Capture every customer's email or phone with consent so you own the relationship",
      contingency: "Shift budget to direct channels and email the list with a reason to return",
    },
    costs: {
      risk: "Paid media costs rise faster than results as competitors bid on the same audience",
      mitigation: "Set a maximum cost per acquisition and review it weekly",
      contingency: "Cut the weakest ad sets and put the money into retention and referrals",
    },
  },
  assumptions: {
    industry: "The description reads as {industry}, more precisely {kindA}; say so if that is wrong.",
    generic:
      "No specific industry was recognised, so the plan is built from your own words ({offer}) with general small-business benchmarks; name your industry to sharpen it.",
    model: "The plan treats {name} as {model}, reaching customers {reach}.",
    stageStated: "Stage read from the description: {stage}.",
    stageAssumed: "No stage was stated, so the plan assumes {name} is already trading ({stage}).",
    budget: "No budget was given; {budget} a month is an estimate.",
    currency: "Currency assumed to be {currency}; change it if you sell elsewhere.",
    region: "No region was given, so channel choices assume customers near {name} or online.",
    audience: "No target audience was given, so the plan starts with {segment}.",
    timeframe: "No timeframe was given, so the plan covers {months} months with a detailed first 90 days.",
    benchmarks: "Figures marked as estimates are industry benchmarks, not your data.",
    language:
      "The built-in planner writes English, Spanish, French or German only, so this plan is in English (requested: {language}).",
    ignored: "Parts of the description that read like instructions to an AI were ignored.",
    goalsFolded: "Goals beyond the sixth are folded into the closest objective.",
    questions: {
      sales: "How many customers do you serve in an average month today, and what is a typical purchase worth?",
      capacity: "Who handles marketing day to day, and how many hours a week can they give it?",
      budget: "What monthly budget can you commit for the next three months?",
      audience: "Who are your best customers today, and what do they have in common?",
      region: "Where do most of your customers come from?",
    },
  },
};

export type SectionTemplates = typeof enSections;
