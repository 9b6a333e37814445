import type { IndustryCopy } from "../../../i18n/types";
import { en as generic } from "../generic/en";

/** Words specific to this industry; the rest reads from the owner's own offer through the general copy. */
export const en = {
  ...generic,
  label: "pet services",
  kinds: {
    grooming: { noun: "pet groomer", a: "a pet groomer", the: "the pet groomer" },
    care: { noun: "pet care service", a: "a pet care service", the: "the pet care service" },
  },
  customers: "pet owners",
  offer: "pet care",
  team: "Groomers and carers",
  overview:
    "Pet owners {inRegion} spend more on care every year and choose whoever their animal trusts: reviews, photos of happy pets and easy booking decide who gets the call.",
  segments: [
    {
      name: "Pet owners nearby",
      description: "Owners {inRegion} who want {offer} they can trust with an anxious or much-loved animal",
      needs: ["A calm, safe handler who knows the animal", "Easy booking and reminders"],
    },
    generic.segments[1],
    generic.segments[2],
  ],
  personas: [
    {
      name: "Holly, the devoted pet owner",
      summary: "Treats her dog like family and books {offer} only with someone her dog is calm with.",
      demographics: "28-55, owns one or two pets, lives {inRegion}",
      goals: ["A happy, well-cared-for pet without the stress"],
      painPoints: ["Handlers who rush or ignore an anxious animal"],
      objections: ["Can I trust a new person with my dog?"],
      quote: "If she comes home happy and tired, I'll book every month.",
    },
    {
      name: "Ed, the new puppy owner",
      summary:
        "Brought home a puppy last month and wants {offer} that helps with training, socialising and the days he is at work.",
      demographics: "25-40, first dog, works in an office or on shifts",
      goals: ["A well-behaved, confident dog", "Someone reliable on long workdays"],
      painPoints: ["Not knowing who to trust with a young dog", "Last-minute cancellations"],
      objections: ["Is my puppy old enough and vaccinated enough to join?"],
      quote: "I just want someone who'll tell me honestly how he's getting on.",
    },
  ],
  positioning: {
    need: "want {offer} their pet is calm and happy with",
    benefit: "treats every animal as its own, with photos and updates",
    reason: "the same carers see each pet every time",
    promise: "Care your pet looks forward to, from people who know them.",
  },
} satisfies IndustryCopy;
