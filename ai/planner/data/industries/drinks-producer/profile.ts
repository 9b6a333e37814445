import type { IndustryProfile } from "../../../types";
import { profile as base } from "../ecommerce/profile";

/** Breweries, wineries, cideries and distilleries. Figures and channels start from ecommerce; detection terms are its own. */
export const profile = {
  ...base,
  id: "drinks-producer",
  kinds: {
    brewery: {
      brewery: 10,
      "craft brewery": 10,
      brewing: 6,
      taproom: 6,
      "pale ales": 5,
      stouts: 4,
      "cerveceria artesanal": 10,
      "brasserie artisanale": 10,
      brauerei: 10,
    },
    winery: {
      winery: 10,
      vineyard: 8,
      bodega: 8,
      vino: 4,
      cata: 3,
      weingut: 10,
      riesling: 5,
      weinproben: 5,
      wein: 3,
      domaine: 5,
      cidrerie: 10,
      cidre: 6,
      calvados: 6,
      distillery: 10,
      gin: 4,
      cider: 6,
    },
  },
  lexicon: { "bottle shops": 4, pubs: 2, cavistes: 4, "tasting*": 3, enoturistas: 4, weinliebhaber: 4, crianza: 3 },
  showcase: ["pale ales", "stouts", "Riesling", "tastings", "taproom"],
  offerType: "product",
  defaultModel: "D2C",
  defaultReach: "local",
  tone: "friendly",
  channels: {
    proven: ["instagram", "events", "partnerships", "email"],
    next: ["google-business-profile", "marketplaces", "loyalty", "seo-content"],
    experimental: ["meta-ads", "influencers", "pr"],
  },
  kpis: [
    { id: "online-orders", baseline: 150, target: 200 },
    { id: "weekly-transactions", baseline: 250, target: 300 },
    { id: "email-subscribers", baseline: 600, target: 900 },
    { id: "repeat-rate", baseline: 30, target: 36 },
    { id: "quote-requests", baseline: 10, target: 16 },
  ],
  // Usual ranges for this industry and what they rest on; the plan's acquisition cost, conversion rate and budget read them.
  ranges: {
    conversion: { low: 1, high: 3 },
    cac: { low: 10, high: 30 },
    basis: {
      source: "Social and marketplace ad costs per first order, and shop conversion for food and drink",
      rationale: "Orders are small but repeat; tastings and stockists do much of the work, so paid cost per customer stays low.",
    },
  },
  budgetUsd: { idea: 300, launch: 1000, growth: 2000, established: 4500 },
} satisfies IndustryProfile;
