import type { IndustryCopy } from "../../../i18n/types";

export const en = {
  label: "small business",
  kinds: { business: { noun: "business", a: "a business", the: "the business" } },
  customers: "customers",
  offer: "products and services",
  team: "Customer-facing team",
  b2bAngle: "regular orders from local businesses",
  overview:
    "Small businesses {inRegion} compete for attention with larger players that outspend them. The ones that grow are easy to find, clear about what they offer and for whom, and turn happy customers into reviews and referrals.",
  trends: [
    "Customers research online, compare reviews and expect fast replies before they buy",
    "Short video and authentic behind-the-scenes content outperform polished ads",
    "Repeat customers and referrals are cheaper to win than new ones",
  ],
  competitors: [
    {
      name: "Larger established competitors",
      strengths: "Brand awareness, bigger budgets and wider reach",
      weaknesses: "Less personal and slower to adapt",
      edge: "{name} offers personal service, flexibility and a specific focus",
    },
    {
      name: "Online alternatives",
      strengths: "Convenient and often cheaper",
      weaknesses: "Generic, with little advice or support",
      edge: "Expertise and a relationship customers cannot get online",
    },
    {
      name: "Doing nothing or doing it themselves",
      strengths: "No cost up front",
      weaknesses: "The problem stays unsolved or costs more later",
      edge: "A clear, affordable first step that shows the value quickly",
    },
  ],
  swot: {
    strengths: ["Personal service from the owner and team", "Flexibility to adapt faster than larger competitors"],
    weaknesses: ["Limited awareness beyond existing customers", "Small marketing budget and little time"],
    opportunities: [
      "Reviews and referrals from satisfied customers",
      "Partnerships with complementary local businesses",
      "Search demand from people already looking for {offer}",
    ],
    threats: ["Larger competitors with bigger budgets", "Rising costs that squeeze margins"],
  },
  segments: [
    {
      name: "People looking for {offer}",
      description: "People actively looking for {offer} and comparing a few options",
      needs: ["A fast, clear answer and price", "Proof that {name} is reliable"],
    },
    {
      name: "Existing and past customers",
      description: "People who already know {name} and could buy again or refer others",
      needs: ["A reason to come back", "Easy ways to recommend"],
    },
    {
      name: "Local businesses and partners",
      description: "Organisations that could buy regularly or refer their own customers",
      needs: ["Reliability and clear terms", "Mutual benefit"],
    },
  ],
  personas: [
    {
      name: "Anna, the active searcher",
      summary: "Needs {offer}, searches online and contacts the two or three options that look most trustworthy.",
      demographics: "30-55, local, searches on her phone",
      goals: ["Find a reliable provider quickly", "Get good value"],
      painPoints: ["Slow or no replies", "Unclear prices"],
      objections: ["Never heard of {name}", "Cheaper options elsewhere"],
      quote: "If the reviews are good and they reply quickly, I'll give them a try.",
    },
    {
      name: "George, the loyal customer",
      summary: "Has bought before, was happy and would come back or recommend if reminded.",
      demographics: "35-65, existing customer",
      goals: ["Deal with people he knows and trusts", "Not have to search again"],
      painPoints: ["Forgetting to rebook or reorder", "Feeling taken for granted"],
      objections: ["Not thinking about it right now"],
      quote: "I'd recommend them, but nobody has ever asked me.",
    },
  ],
  positioning: {
    need: "want {offer} from someone they can trust",
    benefit: "makes buying {offer} simple, personal and reliable",
    reason: "it is run by people who care about every customer and answer quickly",
    promise: "Personal service you can rely on, from people who answer quickly.",
  },
  messages: ["Personal service, quick replies", "Trusted by customers {inRegion}: read the reviews", "Get in touch today"],
  mix: {
    product: "{offer}, explained clearly with one signature offer people can recommend.",
    price: "Clear, published prices or starting prices; packages instead of discounts.",
    place: "Serving customers {inRegion}, with online contact and booking.",
    people: "A team that answers quickly and knows customers by name.",
    process: "Reply within one working day, clear next steps and follow-up after every purchase.",
    physicalEvidence: "Reviews, photos of real work and a tidy website and Google profile.",
  },
  risks: [
    {
      risk: "The offer is unclear, so visitors leave without getting in touch",
      mitigation: "Test the headline and offer with five customers before spending on ads",
      contingency: "Rewrite the homepage and profile around the one question customers ask most",
    },
    {
      risk: "Demand arrives in peaks the team cannot handle",
      mitigation: "Set up a simple booking or enquiry system with automatic replies",
      contingency: "Pause promotion during peaks and keep a waiting list",
    },
  ],
  topics: [
    "Meet the people behind {name}",
    "How we work: what to expect from {name}",
    "Customer story: a problem we solved",
    "This month's offer and how to get it",
    "Thank-you note and tip for existing customers",
    "Review spotlight and referral invitation",
  ],
  questions: [
    "What do customers most often buy from you, and what is it worth on average?",
    "Where do your best customers come from today?",
  ],
} satisfies IndustryCopy;
