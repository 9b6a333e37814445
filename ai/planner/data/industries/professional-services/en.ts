import type { IndustryCopy } from "../../../i18n/types";

export const en = {
  label: "professional services",
  kinds: {
    accounting: { noun: "accounting practice", a: "an accounting practice", the: "the accounting practice" },
    legal: { noun: "law firm", a: "a law firm", the: "the law firm" },
    consulting: { noun: "consultancy", a: "a consultancy", the: "the consultancy" },
  },
  customers: "clients",
  offer: "expert advice",
  team: "Client managers",
  b2bAngle: "ongoing retainers for companies",
  overview:
    "Clients choose advisers on trust: most come through referrals, then check the website, reviews and LinkedIn before booking a first call. Firms that explain clearly what they do, for whom and at what price convert far more of that interest.",
  trends: [
    "Clients compare firms online and expect clear service packages and fixed fees",
    "Software and AI automate routine work, so advice and relationships carry the value",
    "Referrals still bring the best clients, but they check reviews and LinkedIn first",
  ],
  competitors: [
    {
      name: "Large regional and national firms",
      strengths: "Brand, breadth of expertise and big-name clients",
      weaknesses: "Expensive, junior staff on smaller accounts, slow responses",
      edge: "{name} gives senior attention, fast answers and fees agreed up front",
    },
    {
      name: "Solo practitioners and small local firms",
      strengths: "Low prices and personal relationships",
      weaknesses: "Limited capacity and expertise, little online presence",
      edge: "A clear specialism and a professional, easy client experience",
    },
    {
      name: "Online services and doing it yourself",
      strengths: "Cheap, fast and available at any hour",
      weaknesses: "No judgement, no accountability when things go wrong",
      edge: "Advice tailored to the client's situation and someone to call",
    },
  ],
  swot: {
    strengths: ["Expertise clients cannot easily find elsewhere", "Referral relationships with existing clients"],
    weaknesses: ["Revenue tied to billable hours and partner time", "Little visible proof online (reviews, case studies)"],
    opportunities: [
      "Packaged services with fixed fees that are easy to buy",
      "Educational content and webinars that answer clients' most common questions",
      "Partnerships with complementary advisers who serve the same clients",
    ],
    threats: ["Automation and low-cost online services pressuring fees", "Regulatory changes that require fast adaptation"],
  },
  segments: [
    {
      name: "Owner-managed small businesses",
      description: "Companies of 1-50 people whose owner makes the decision and values a trusted adviser",
      needs: ["Clear advice without jargon", "Predictable fees"],
    },
    {
      name: "Growing companies with complex needs",
      description: "Firms adding staff, entities or markets that need specialist help",
      needs: ["Proactive advice before problems arise", "A team that can scale with them"],
    },
    {
      name: "Private individuals with a one-off need",
      description: "People facing a specific event such as a move, a dispute, an inheritance or a tax return",
      needs: ["Fast, reassuring answers", "A fixed price for the job"],
    },
  ],
  personas: [
    {
      name: "Martin, the owner-manager",
      summary: "Runs a 15-person company and wants an adviser who explains things plainly and picks up the phone.",
      demographics: "40-60, founder or managing director, small or medium business",
      goals: ["Stay compliant without worrying", "Make better decisions with clear numbers or advice"],
      painPoints: ["Advisers who only call when sending an invoice", "Jargon and surprise fees"],
      objections: ["Switching advisers is a hassle", "Will a smaller firm have the expertise?"],
      quote: "I want someone who tells me what to do before the deadline, not after.",
    },
    {
      name: "Claire, the individual client",
      summary: "Has a specific problem and is comparing two or three firms online before she calls.",
      demographics: "30-65, professional, searching online",
      goals: ["Get the problem solved quickly", "Know the cost up front"],
      painPoints: ["Not knowing whom to trust", "Hourly fees with no ceiling"],
      objections: ["Can I afford it?", "Is this firm experienced with my situation?"],
      quote: "Tell me what it will cost and how long it will take.",
    },
  ],
  positioning: {
    need: "want expert help they can trust, without surprise fees",
    benefit: "gives clear, senior advice with fees agreed up front",
    reason: "it focuses on clients like them and answers within one working day",
    promise: "Expert advice in plain language, at a price agreed before work starts.",
  },
  messages: [
    "Clear advice, agreed fees, no surprises",
    "Senior experts who answer the phone",
    "Trusted by clients like you: read their stories",
  ],
  mix: {
    product: "{offer}, packaged into clear services with defined scope, plus an entry offer such as a fixed-fee review.",
    price: "Fixed fees or monthly packages wherever possible; hourly rates only for open-ended work; a free first call.",
    place: "Office {inRegion} and video meetings; online booking for first calls.",
    people: "Senior advisers with visible profiles, photos and credentials; every client knows their named contact.",
    process: "Free 20-minute first call, written proposal within two days, onboarding checklist and regular check-ins.",
    physicalEvidence: "Professional website with fees, case studies, reviews and credentials; branded proposals and reports.",
  },
  risks: [
    {
      risk: "Partner time is fully booked, so marketing stops as soon as work comes in",
      mitigation: "Block two hours a week for marketing and delegate publishing",
      contingency: "Keep only referrals and the newsletter running during busy seasons",
    },
    {
      risk: "A complaint or bad review damages trust in a referral-driven business",
      mitigation: "Set expectations in writing and ask for feedback at each milestone",
      contingency: "Respond personally and professionally, and fix the process that failed",
    },
  ],
  topics: [
    "Five questions clients ask us most, answered",
    "Deadline reminder and checklist for {customers}",
    "Case study: how we helped a client like you",
    "Fixed-fee package explained: what is included",
    "Quarterly update for existing clients",
    "Client story and an invitation to refer a friend",
  ],
  questions: [
    "What is the average value of a new client in the first year, and how many can you take on per month?",
    "Which services do you most want to grow, and which clients are the most profitable?",
  ],
} satisfies IndustryCopy;
