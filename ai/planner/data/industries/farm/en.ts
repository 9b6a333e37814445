import type { IndustryCopy } from "../../../i18n/types";
import { en as generic } from "../generic/en";

/** Words specific to this industry; the rest reads from the owner's own offer through the general copy. */
export const en = {
  ...generic,
  label: "farm and farm shop",
  kinds: { farm: { noun: "farm", a: "a farm", the: "the farm" } },
  customers: "households",
  offer: "local produce",
  team: "Farm team",
  overview:
    "Farms that sell direct win on freshness, provenance and a relationship: subscriptions, farm-shop visits, markets and a newsletter about what is in season keep households coming back.",
  segments: [
    {
      name: "Local households",
      description: "Households {inRegion} who want {offer} they can trace back to the field, every week",
      needs: ["Freshness and knowing where food comes from", "Easy weekly ordering or collection"],
    },
    generic.segments[1],
    generic.segments[2],
  ],
  personas: [
    {
      name: "Kate, the weekly shopper",
      summary: "Would rather buy {offer} from the farm than the supermarket if ordering is easy.",
      demographics: "30-60, household cook, lives {inRegion}",
      goals: ["Fresh, seasonal food she trusts"],
      painPoints: ["Boxes full of things she cannot use"],
      objections: ["Is it worth the extra cost?"],
      quote: "I know the farmer, and the vegetables last twice as long.",
    },
    {
      name: "Ben, the chef who buys direct",
      summary: "Runs a kitchen that names its suppliers on the menu and wants {offer} picked to order, delivered twice a week.",
      demographics: "30-55, head chef or owner of an independent restaurant {inRegion}",
      goals: ["Produce that tastes of the season", "A grower who tells him what's coming"],
      painPoints: ["Short deliveries on a busy Friday", "Wholesalers who can't say where it came from"],
      objections: ["Can you supply the same volume every week?"],
      quote: "Tell me on Monday what's good this week and I'll write the menu around it.",
    },
  ],
  positioning: {
    need: "want {offer} they can trace to the field",
    benefit: "grows, picks and delivers within days",
    reason: "every box says what was picked and where",
    promise: "From our field to your kitchen this week.",
  },
} satisfies IndustryCopy;
