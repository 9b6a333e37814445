/** English templates for labels and the first half of the plan. The other packs copy this shape. */
export const enCore = {
  locale: "en",
  and: "and",
  fallbackName: "Your business",
  planTitle: "{name}: marketing plan",
  planTitleOffer: "{headline} {inRegion}: marketing plan",
  inRegion: "in {region}",
  inYourArea: "in your area",
  online: "online",
  yourArea: "your area",
  models: {
    B2C: "a business selling to consumers (B2C)",
    B2B: "a business selling to other businesses (B2B)",
    B2B2C: "a business reaching consumers through business partners (B2B2C)",
    D2C: "a brand selling direct to consumers (D2C)",
    marketplace: "a marketplace connecting buyers and sellers",
    nonprofit: "a nonprofit organisation",
  },
  stages: { idea: "idea stage", launch: "launch phase", growth: "growth phase", established: "established phase" },
  bands: { tiny: "very small", small: "small", medium: "medium", large: "large", huge: "very large" },
  roles: { owner: "Owner", marketing: "Marketing lead", sales: "Sales lead", content: "Content creator" },
  summary: {
    introUnnamed: "{name} {inRegion} offers {offer} to {audience}.",
    introOwn: "{name} {inRegion} serves {audience}.",
    intro: [
      "{name} is {kindA} {inRegion} offering {offer} to {audience}.",
      "{name} sells {offer} to {audience} {inRegion}, and this plan treats it as {kindA} in its {stage}.",
    ],
    focus:
      "Over {months} months the plan puts {segment} first, opening with a 90-day push whose first objective is: {objective}.",
    channels:
      "It leads with {proven}, builds {next} and tests {experimental}, on {budget} a month split 70/20/10 across proven, next and experimental channels.",
    budgetStated: "The budget is the {budget} a month you set.",
    budgetEstimated: "No budget was given, so {budget} a month is an estimate to confirm.",
    premium: "Everything, from price to photos, positions {name} at the premium end of its market.",
    b2b: "Business buyers come first: {b2bAngle} is the fastest route to steady revenue.",
    closing: [
      "Review the numbers weekly and replace every figure marked as an estimate with your own data after the first month.",
      "Check the KPIs against their targets every week; after four weeks, swap the estimates for what you have measured.",
    ],
  },
  situation: {
    namedStrengths: "Already known to {audience} {inRegion}, with a following and habits built over time",
    namedWeaknesses: "Named by you; fill in from customers who switched where they fall short",
    namedEdge: "{name} wins with {offer} and the personal touch a bigger name cannot copy",
    quote: 'In the owner\'s words: "{quote}"',
    summary: "{name} is {kindA} {inRegion} serving {audience}; the plan treats it as {model} in its {stage}.",
    summaryUnnamed: "{name} {inRegion} serves {audience}; the plan treats it as {model} in its {stage}.",
    reachLocal:
      "Most {customers} come from within a short trip of {region}, so local search, reviews and word of mouth carry the most weight.",
    reachOnline:
      "Selling online means competing for attention far beyond one town, so search visibility, social proof and a smooth path to purchase carry the most weight.",
    strengthOffer: "A specific offer customers can repeat: {offer}",
    strengthTerms: "Distinctive details to build messages around: {terms}",
    strengthAudience: "A clearly named audience: {audience}",
    weaknessNew: "No reviews, track record or customer list yet, so every early customer counts",
    weaknessBudget: "A small budget leaves little room for paid reach, so time and consistency must do the work",
    threatCompetitor: "{competitor} could copy the offer or outspend {name} on visibility",
  },
  audience: {
    personaAudience: "One of the people you named: {audience}.",
    statedDescription: "The audience you named: {audience}. {detail}",
    b2bName: "Businesses buying {b2bAngle}",
    b2bDescription:
      "Local companies, offices and organisations that buy {b2bAngle} in larger, recurring orders and decide on reliability and invoicing as much as on taste.",
    b2bNeeds: ["Reliable delivery on agreed dates, with invoices and clear terms", "One contact who answers quickly"],
    enterpriseName: "Larger accounts with a dedicated buyer",
    enterpriseDescription:
      "Organisations with a procurement or operations lead who buy {offer} for several teams or sites and expect references, security answers and a clear business case.",
    enterpriseNeeds: ["A business case they can forward internally", "Proof from similar organisations"],
    rationaleStated:
      "You named this audience yourself, and it is the group most likely to {need}; starting here keeps the message, the channels and the budget focused.",
    rationale:
      "Start with {segment}: they {need}, and {proven} can reach them within the budget. The other segments follow once this one converts.",
    b2bPersona: {
      name: "Dana, the office manager",
      summary: "Runs facilities and suppliers for a team of 20 to 80 and is the one who books {b2bAngle}.",
      demographics: "30-50, office or operations manager, based {inRegion}",
      goals: ["Find a supplier she never has to chase", "Keep the team happy within budget"],
      painPoints: ["Suppliers who miss dates or send the wrong invoice", "Spending time comparing quotes"],
      objections: ["Can a business of this size handle our volume?", "We already have a supplier that is good enough"],
      quote: "If you're reliable and easy to invoice, you'll get the repeat order.",
    },
  },
  positioning: {
    statementOwn: "For {audience} who {need}, {name} {benefit}, because {reason}.",
    statementOwnPremium: "For {audience} who {need} and will pay for the best, {name} {benefit}, because {reason}.",
    statement: "For {audience} who {need}, {name} is {kindThe} that {benefit}, because {reason}.",
    statementPremium:
      "For {audience} who {need} and will pay for the best, {name} is {kindThe} that {benefit}, because {reason}.",
    valueProposition: "{promise}",
    valueOffer: "For {audience}, that means {offer}.",
    premiumPromise: "Premium in every detail, and worth the price.",
    messageTerms: "Known for {terms}",
  },
  voice: {
    friendly: {
      traits: ["Warm", "Welcoming", "Down-to-earth"],
      do: [
        "Write like you talk to a regular: short sentences, first names",
        "Show the people behind {name}",
        "Answer every comment and review within a day",
      ],
      dont: ["Corporate jargon or stiff phrasing", "Discount-shouting or fake urgency"],
    },
    premium: {
      traits: ["Refined", "Confident", "Attentive"],
      do: [
        "Let craft and detail carry the message",
        "Use fewer, better photos with consistent styling",
        "Name ingredients, materials and methods precisely",
      ],
      dont: ["Discounts as the main hook", "Exclamation marks, slang or cluttered visuals"],
    },
    expert: {
      traits: ["Clear", "Credible", "Helpful"],
      do: [
        "Lead with the problem the reader has, then the answer",
        "Back claims with numbers, examples or references",
        "Explain terms in plain language",
      ],
      dont: ["Hype words like 'revolutionary' or 'best-in-class'", "Long paragraphs without a takeaway"],
    },
    bold: {
      traits: ["Bold", "Playful", "Direct"],
      do: [
        "Open with a hook in the first line or first second",
        "Have a point of view and say it plainly",
        "Use humour that fits {audience}",
      ],
      dont: ["Copying trends that do not fit {name}", "Vague claims that any competitor could make"],
    },
    caring: {
      traits: ["Warm", "Patient", "Encouraging"],
      do: [
        "Describe outcomes for real people, with their consent",
        "Make the next step small and clear",
        "Thank people often and specifically",
      ],
      dont: ["Guilt, pressure or shock tactics", "Jargon that makes newcomers feel outsiders"],
    },
  },
  /** Words in the owner's tone field that choose a voice family. */
  toneWords: {
    premium: ["premium", "luxury", "luxurious", "elegant", "sophisticated", "refined", "exclusive", "upscale"],
    expert: ["professional", "expert", "authoritative", "formal", "serious", "trustworthy", "credible", "technical"],
    bold: ["bold", "playful", "fun", "cheeky", "witty", "edgy", "energetic", "irreverent", "quirky"],
    caring: ["caring", "empathetic", "kind", "gentle", "supportive", "compassionate", "reassuring", "warm"],
    friendly: ["friendly", "casual", "approachable", "welcoming", "relaxed", "down to earth"],
  },
};

export type CoreTemplates = typeof enCore;
