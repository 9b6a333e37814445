import type { IndustryProfile } from "../../../types";

export const profile = {
  id: "consumer-apps",
  kinds: {
    app: {
      "mobile app": 6,
      app: 3,
      apps: 3,
      ios: 3,
      android: 3,
      "app store": 3,
      "google play": 3,
      aplicacion: 3,
      "application mobile": 5,
      appli: 3,
      smartphone: 1,
      wearable: 2,
    },
    game: {
      game: 3,
      games: 3,
      gaming: 3,
      "mobile game": 6,
      "indie game": 6,
      "puzzle game": 6,
      gamers: 3,
      players: 2,
      videojuego: 4,
      videojuegos: 4,
      "jeu mobile": 5,
      "jeu video": 5,
      spiel: 2,
      spiele: 2,
      steam: 2,
    },
  },
  lexicon: {
    users: 2,
    freemium: 3,
    "in app": 3,
    downloads: 2,
    download: 1,
    installs: 3,
    "push notifications": 3,
    nutzer: 2,
    usuarios: 2,
    utilisateurs: 2,
    "premium tier": 2,
  },
  showcase: ["freemium", "push notifications", "puzzle game", "wearable", "indie game"],
  offerType: "product",
  defaultModel: "B2C",
  defaultReach: "online",
  tone: "bold",
  channels: {
    proven: ["app-store", "tiktok", "app-install-ads", "instagram", "community-groups"],
    next: ["influencers", "email", "youtube", "seo-content", "pr"],
    experimental: ["referrals", "partnerships", "retargeting", "community-groups"],
  },
  platforms: (channel, market) => {
    if (channel === "community-groups") return "Reddit & Discord";
    if (channel === "review-platforms") return "App Store & Google Play";
    if (channel === "influencers" && market.kind === "game") return "Twitch & YouTube creators";
    return undefined;
  },
  kpis: [
    { id: "app-installs", baseline: 3000, target: 4500 },
    { id: "day30-retention", baseline: 8, target: 12 },
    { id: "store-rating", baseline: 4.2, target: 4.5 },
    { id: "trial-to-paid", baseline: 3, target: 4.5 },
    { id: "cac", baseline: 4, target: 3 },
  ],
  // Usual ranges for this industry and what they rest on; the plan's acquisition cost, conversion rate and budget read them.
  ranges: {
    conversion: { low: 2, high: 8 },
    cac: { low: 1.5, high: 5 },
    basis: {
      source: "App-store ad costs per install and store-page install rates",
      rationale:
        "An install is cheap but many never open the app again; the cost is per install, and retention decides whether it pays.",
    },
  },
  budgetUsd: { idea: 500, launch: 2500, growth: 6000, established: 20000 },
  competitorTypes: ["direct", "indirect", "substitute"],
  topicStages: ["awareness", "awareness", "consideration", "conversion", "retention", "advocacy"],
} satisfies IndustryProfile;
