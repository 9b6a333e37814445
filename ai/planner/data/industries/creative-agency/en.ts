import type { IndustryCopy } from "../../../i18n/types";

export const en = {
  label: "creative agency",
  kinds: {
    design: { noun: "design studio", a: "a design studio", the: "the design studio" },
    marketing: { noun: "marketing agency", a: "a marketing agency", the: "the marketing agency" },
    video: { noun: "video production company", a: "a video production company", the: "the video production company" },
  },
  customers: "clients",
  offer: "creative services",
  team: "Project leads",
  b2bAngle: "retainers for in-house marketing teams",
  overview:
    "Clients hire agencies on portfolio, referrals and chemistry. Most new business comes from referrals and from a clear specialism; generalist agencies compete on price with freelancers and increasingly with AI tools.",
  trends: [
    "Clients want specialists with proof in their sector rather than generalists",
    "AI tools commoditise simple production, so strategy and quality carry the value",
    "Retainers and productised services replace one-off projects",
  ],
  competitors: [
    {
      name: "Large full-service agencies",
      strengths: "Big-name clients, broad capabilities and awards",
      weaknesses: "Expensive, slow and junior teams on smaller accounts",
      edge: "{name} gives senior attention, speed and a fixed scope",
    },
    {
      name: "Freelancers and marketplaces",
      strengths: "Low cost and flexibility",
      weaknesses: "Limited capacity, no strategy, variable reliability",
      edge: "A reliable team with a process and strategic thinking",
    },
    {
      name: "In-house teams and AI tools",
      strengths: "Close to the business and cheap for simple work",
      weaknesses: "Limited skills and fresh perspective",
      edge: "Specialist quality and ideas in-house teams do not have time for",
    },
  ],
  swot: {
    strengths: ["Strong portfolio and creative talent", "Close relationships with existing clients"],
    weaknesses: ["Feast-or-famine pipeline dependent on referrals", "Founders' time split between delivery and sales"],
    opportunities: [
      "A clear niche (sector or service) that makes referrals easier",
      "Productised packages and retainers for predictable revenue",
      "Partnerships with complementary agencies and platforms",
    ],
    threats: ["Price pressure from freelancers and AI tools", "Client budget cuts in downturns"],
  },
  segments: [
    {
      name: "Marketing leads at growing companies",
      description: "Heads of marketing at 20-200 person companies with more work than team",
      needs: ["A reliable partner that gets the brand", "Work that moves business numbers"],
    },
    {
      name: "Founders and small business owners",
      description: "Owners who need {offer} to look professional and win customers",
      needs: ["Clear scope and price", "Guidance, not just execution"],
    },
    {
      name: "Other agencies and in-house teams",
      description: "Teams that outsource overflow or specialist work",
      needs: ["Fast turnaround", "White-label reliability"],
    },
  ],
  personas: [
    {
      name: "Lisa, the stretched marketing lead",
      summary: "Leads a small marketing team with big targets and needs a partner she can trust with the brand.",
      demographics: "30-45, head of marketing at a growing company",
      goals: ["Deliver campaigns that hit targets", "Look good in front of leadership"],
      painPoints: ["Agencies that miss the brief", "Endless revision rounds"],
      objections: ["We had a bad agency experience", "Budget approval takes time"],
      quote: "I need a partner who gets it right the first time and makes me look good.",
    },
    {
      name: "Marco, the founder",
      summary: "Runs a growing business and knows the brand or marketing no longer matches the quality of the product.",
      demographics: "30-55, founder of a 5-50 person company",
      goals: ["Look as good as bigger competitors", "Win more customers"],
      painPoints: ["Not knowing what good looks like", "Unclear pricing"],
      objections: ["Is it worth the investment?", "How long will it take?"],
      quote: "Tell me what it costs and what I'll get, and show me you've done it before.",
    },
  ],
  positioning: {
    need: "need {offer} that moves business numbers, not just looks good",
    benefit: "delivers {offer} with senior strategy and a clear scope",
    reason: "it specialises in clients like them and measures results, not just deliverables",
    promise: "Creative work that looks great and moves the numbers, with senior people on every project.",
  },
  messages: [
    "Senior people on every project",
    "Clear scope, fixed price, no surprises",
    "See the results we delivered for clients like you",
  ],
  mix: {
    product: "{offer}, packaged into defined services and retainers, with an entry offer such as a workshop or audit.",
    price: "Fixed-price packages and monthly retainers; day rates only for open-ended work; paid discovery for large projects.",
    place: "Remote-first with client workshops in person where it matters; the website and portfolio as the shop window.",
    people: "Senior leads visible on the website and in every pitch; a named project lead for each client.",
    process: "Discovery call, written proposal within three days, kick-off workshop, agreed review rounds and a results report.",
    physicalEvidence: "Case studies with results, portfolio, client logos, testimonials and awards.",
  },
  risks: [
    {
      risk: "Delivery swallows the time needed for new business",
      mitigation: "Block weekly time for business development and publish on a fixed schedule",
      contingency: "Prioritise referrals and past clients when the pipeline thins",
    },
    {
      risk: "One large client makes up too much of revenue",
      mitigation: "Aim for no client above 25% of revenue",
      contingency: "Launch outbound to the target list and productised offers immediately",
    },
  ],
  topics: [
    "Case study: the brief, the work, the result",
    "Our point of view on a trend in the sector",
    "Behind the scenes of a project at {name}",
    "Productised package explained: scope, timing, price",
    "Client newsletter: ideas for next quarter",
    "Client testimonial and referral thank-you",
  ],
  questions: [
    "What is your average project or retainer value, and how many new clients can you take per quarter?",
    "Which sectors and services bring your best clients and margins?",
  ],
} satisfies IndustryCopy;
