import type { IndustryCopy } from "../../../i18n/types";
import { en as generic } from "../generic/en";

/** Words specific to this industry; the rest reads from the owner's own offer through the general copy. */
export const en = {
  ...generic,
  label: "food truck",
  kinds: { truck: { noun: "food truck", a: "a food truck", the: "the food truck" } },
  customers: "customers",
  offer: "street food",
  team: "Truck crew",
  overview:
    "A food truck lives on where it parks and who knows it is there: a weekly schedule posted on social media, host venues like breweries and markets, and private bookings fill the calendar.",
  segments: [
    {
      name: "Regulars at the truck's stops",
      description:
        "People at the markets, breweries and office parks {inRegion} who want {offer} and check where the truck is this week",
      needs: ["Knowing where and when to find the truck", "A short queue and fast service"],
    },
    generic.segments[1],
    generic.segments[2],
  ],
  personas: [
    {
      name: "Marcus, who follows the truck",
      summary: "Checks Instagram to see where the truck parks and brings friends for {offer}.",
      demographics: "22-40, works or drinks near the stops {inRegion}",
      goals: ["Great food without a sit-down meal"],
      painPoints: ["Turning up when the truck is not there"],
      objections: ["Is it worth the queue?"],
      quote: "If I know where you are on Friday, I'm there.",
    },
    {
      name: "Claire, booking for a private event",
      summary: "Is planning a wedding, birthday or office party and wants {offer} served on site at a fixed price per guest.",
      demographics: "28-50, organising a private or company event {inRegion}",
      goals: ["Food guests remember", "A clear price and no hidden extras"],
      painPoints: ["Caterers who need a full kitchen", "Long queues at the serving hatch"],
      objections: ["How many guests can you serve in an hour?"],
      quote: "Tell me the price per head and the date is yours.",
    },
  ],
  positioning: {
    need: "want {offer} worth finding",
    benefit: "posts where it parks every week and serves fast",
    reason: "the schedule is fixed and the menu short and done well",
    promise: "Find us, queue once, come back every week.",
  },
} satisfies IndustryCopy;
