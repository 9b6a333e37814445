import type { IndustryCopy } from "../../../i18n/types";

export const en = {
  label: "nonprofit",
  kinds: { charity: { noun: "nonprofit", a: "a nonprofit", the: "the nonprofit" } },
  customers: "supporters",
  offer: "community programmes",
  team: "Volunteers and staff",
  b2bAngle: "corporate partnerships and employee giving",
  overview:
    "Nonprofits compete for attention and trust as much as for money. Supporters give to causes they understand and see progress on; most donations come from a small group of loyal donors, so retention matters as much as acquisition.",
  trends: [
    "Monthly giving grows while one-off donations fluctuate with the economy",
    "Supporters expect to see impact: stories, numbers and updates",
    "Peer-to-peer fundraising and social challenges bring in younger donors",
  ],
  competitors: [
    {
      name: "Large national charities",
      strengths: "Brand recognition, big campaigns and professional fundraising",
      weaknesses: "Supporters feel distant from the impact",
      edge: "{name} shows exactly where each donation goes, close to home",
    },
    {
      name: "Other local causes",
      strengths: "Community ties and personal networks",
      weaknesses: "Limited reach and irregular communication",
      edge: "Regular, honest updates and easy ways to help",
    },
    {
      name: "Giving time or money elsewhere",
      strengths: "People have many causes and limited budgets",
      weaknesses: "Scattered giving rarely feels meaningful",
      edge: "A clear, tangible reason to give here, and proof it matters",
    },
  ],
  swot: {
    strengths: ["A clear mission people care about", "Volunteers and beneficiaries with powerful stories"],
    weaknesses: ["Small team with limited marketing time", "Dependence on a few large donors or grants"],
    opportunities: [
      "Monthly giving programme for predictable income",
      "Corporate partnerships and employee volunteering",
      "Free tools such as Google Ad Grants and nonprofit discounts",
    ],
    threats: ["Donor fatigue and economic pressure on giving", "Competition for grants"],
  },
  segments: [
    {
      name: "Committed local supporters",
      description: "People who already know the cause, volunteer or give occasionally",
      needs: ["Seeing the impact of their support", "Easy ways to give regularly"],
    },
    {
      name: "New donors reached through stories",
      description: "People who care about the cause but have not heard of {name}",
      needs: ["A clear, emotional reason to act", "A simple first step"],
    },
    {
      name: "Businesses and foundations",
      description: "Companies and funders looking for credible partners",
      needs: ["Measurable outcomes and reporting", "Visibility and employee engagement"],
    },
  ],
  personas: [
    {
      name: "Ruth, the loyal supporter",
      summary: "Gives a few times a year, shares posts and would give monthly if asked the right way.",
      demographics: "45-70, local resident, active in the community",
      goals: ["Make a real difference locally", "Know her money is used well"],
      painPoints: ["Not hearing what happened with her donation", "Feeling pressured"],
      objections: ["Already supports several causes", "Worried about overheads"],
      quote: "Show me what my donation did, and I'll keep giving.",
    },
    {
      name: "Leo, the young activist",
      summary: "Cares about the cause, has little money but a big network, and joins challenges.",
      demographics: "20-35, student or young professional, active on social media",
      goals: ["Take action on issues he cares about", "Involve friends"],
      painPoints: ["Causes that feel old-fashioned or distant", "Complicated sign-ups"],
      objections: ["I can't give much", "Not sure it makes a difference"],
      quote: "I can't give much, but I can get twenty friends to join.",
    },
  ],
  positioning: {
    need: "want their support to make a visible difference",
    benefit: "turns every donation and hour into impact people can see",
    reason: "it reports openly on what each gift achieves",
    promise: "Every gift makes a visible difference, and we show you how.",
  },
  messages: [
    "See exactly what your gift does",
    "Join the people who make it happen",
    "Give monthly: steady help for the people we serve",
  ],
  mix: {
    product: "{offer}, explained as clear projects with tangible outcomes supporters can fund.",
    price: "Suggested gift amounts tied to outcomes; monthly giving as the default ask; corporate partnership tiers.",
    place: "Online donation page, events {inRegion}, and partners' premises and networks.",
    people: "Staff and volunteers who thank supporters personally and share stories from the field.",
    process: "One-click donation, thank-you within 48 hours, impact update within three months.",
    physicalEvidence: "Impact reports, photos and stories with consent, transparent accounts and partner logos.",
  },
  risks: [
    {
      risk: "A large grant or donor ends and income drops",
      mitigation: "Grow monthly donors and diversify funders",
      contingency: "Launch an emergency appeal to the most engaged supporters with a clear target",
    },
    {
      risk: "Volunteer and staff time runs out for marketing",
      mitigation: "Plan content monthly and recruit one volunteer for communications",
      contingency: "Focus on email updates and the monthly-giving ask only",
    },
  ],
  topics: [
    "A story from the people {name} serves (with consent)",
    "Why this cause matters {inRegion}, in numbers",
    "Where your donation goes: breakdown",
    "Appeal: help us reach this month's target",
    "Impact update and thank-you to supporters",
    "Volunteer spotlight and invitation to join",
  ],
  questions: [
    "How many active donors do you have, and how many give monthly?",
    "Which programmes need funding most, and what does a gift of each size achieve?",
  ],
} satisfies IndustryCopy;
