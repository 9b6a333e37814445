import type { ChannelDef, ChannelId, FunnelStage } from "../types";

type Flags = Partial<Pick<ChannelDef, "social" | "b2b" | "localOnly" | "platforms" | "free">>;

/** One channel per line: id, cost, funnel stage, monthly KPI target at a medium budget, flags, instruction aliases. */
function def(
  id: ChannelId,
  cost: ChannelDef["cost"],
  stage: FunnelStage,
  target: number,
  flags: Flags,
  aliases: string[],
): ChannelDef {
  return { id, cost, stage, target, aliases, social: flags.social ?? false, b2b: flags.b2b ?? false, ...flags };
}

/** Every channel the planner knows; the compiler checks none is missing. */
export const CHANNELS: Readonly<Record<ChannelId, ChannelDef>> = {
  "google-business-profile": def("google-business-profile", "organic", "awareness", 300, { localOnly: true, free: true }, [
    "google business profile",
    "google maps",
    "gbp",
    "google my business",
    "maps",
  ]),
  "review-platforms": def("review-platforms", "organic", "consideration", 12, { platforms: "Google", free: true }, [
    "reviews",
    "review",
    "tripadvisor",
    "yelp",
    "trustpilot",
    "g2",
    "capterra",
    "resenas",
    "avis",
    "bewertungen",
  ]),
  instagram: def("instagram", "organic", "awareness", 600, { social: true }, ["instagram", "insta", "reels"]),
  tiktok: def("tiktok", "organic", "awareness", 20000, { social: true }, ["tiktok", "tik tok"]),
  pinterest: def("pinterest", "organic", "awareness", 400, { social: true }, ["pinterest"]),
  "google-ads": def("google-ads", "paid", "conversion", 40, { b2b: true }, [
    "google ads",
    "adwords",
    "ppc",
    "search ads",
    "paid search",
    "sem",
  ]),
  "linkedin-ads": def("linkedin-ads", "paid", "consideration", 20, { social: true, b2b: true }, ["linkedin ads"]),
  email: def("email", "low", "retention", 250, { b2b: true }, ["email", "newsletter", "e mail", "mailing", "emails"]),
  outbound: def("outbound", "low", "conversion", 12, { b2b: true }, [
    "outbound",
    "cold email",
    "cold outreach",
    "prospecting",
    "sales outreach",
    "outreach",
  ]),
  webinars: def("webinars", "low", "consideration", 80, { b2b: true }, [
    "webinar",
    "webinars",
    "workshop",
    "workshops",
    "masterclass",
  ]),
  partnerships: def("partnerships", "organic", "awareness", 15, { b2b: true }, [
    "partnership",
    "partnerships",
    "partners",
    "co marketing",
  ]),
  referrals: def("referrals", "low", "advocacy", 15, { b2b: true }, ["referral", "referrals", "word of mouth", "refer a friend"]),
  events: def("events", "low", "awareness", 60, {}, ["events", "event", "pop up", "pop ups", "markets", "meetups"]),
  "trade-shows": def("trade-shows", "paid", "consideration", 40, { b2b: true }, [
    "trade show",
    "trade shows",
    "trade fair",
    "expo",
    "exhibition",
  ]),
  marketplaces: def("marketplaces", "paid", "conversion", 80, { platforms: "Amazon & Etsy" }, [
    "amazon",
    "etsy",
    "marketplace",
    "marketplaces",
    "ebay",
  ]),
  influencers: def("influencers", "paid", "awareness", 40, { social: true }, ["influencer", "influencers", "creators", "ugc"]),
  "delivery-apps": def("delivery-apps", "paid", "conversion", 150, { localOnly: true, platforms: "Uber Eats" }, [
    "uber eats",
    "deliveroo",
    "doordash",
    "delivery apps",
    "just eat",
    "glovo",
    "lieferando",
  ]),
  "booking-platforms": def("booking-platforms", "paid", "conversion", 40, {}, [
    "booking com",
    "airbnb",
    "classpass",
    "treatwell",
    "fresha",
    "booking platform",
    "expedia",
    "viator",
  ]),
  directories: def("directories", "low", "consideration", 15, { b2b: true }, [
    "directory",
    "directories",
    "checkatrade",
    "houzz",
    "clutch",
    "angi",
    "yellow pages",
    "portals",
  ]),
  "app-store": def("app-store", "organic", "conversion", 1500, { platforms: "App Store & Google Play" }, [
    "app store",
    "aso",
    "play store",
    "google play",
  ]),
  "app-install-ads": def(
    "app-install-ads",
    "paid",
    "conversion",
    2000,
    { social: true, platforms: "Apple Search Ads & Google App campaigns" },
    ["install ads", "apple search ads", "app campaigns"],
  ),
  pr: def("pr", "low", "awareness", 3, { b2b: true }, ["pr", "press", "media", "journalists", "press release"]),
  "local-print": def("local-print", "low", "awareness", 25, { localOnly: true }, [
    "flyers",
    "leaflets",
    "print",
    "door hangers",
    "direct mail",
    "mailers",
  ]),
  "community-groups": def(
    "community-groups",
    "organic",
    "awareness",
    20,
    { social: true, platforms: "Nextdoor & Facebook groups", free: true },
    ["nextdoor", "facebook groups", "community groups", "forums", "reddit", "discord", "community"],
  ),
  loyalty: def("loyalty", "low", "retention", 250, {}, ["loyalty", "stamp card", "rewards", "membership"]),
  retargeting: def("retargeting", "paid", "conversion", 30, { b2b: true }, ["retargeting", "remarketing"]),
  "peer-fundraising": def("peer-fundraising", "low", "conversion", 60, { social: true }, [
    "peer to peer",
    "fundraisers",
    "fundraising page",
    "challenge events",
  ]),
  "google-ad-grants": def("google-ad-grants", "organic", "awareness", 1000, { free: true }, [
    "ad grants",
    "google ad grants",
    "google grants",
  ]),
  facebook: def("facebook", "organic", "consideration", 400, { social: true }, ["facebook"]),
  youtube: def("youtube", "organic", "consideration", 2000, { social: true, b2b: true }, ["youtube", "video", "videos"]),
  linkedin: def("linkedin", "organic", "awareness", 15, { social: true, b2b: true }, ["linkedin"]),
  "meta-ads": def("meta-ads", "paid", "awareness", 900, { social: true }, [
    "meta ads",
    "facebook ads",
    "instagram ads",
    "paid social",
  ]),
  "seo-content": def("seo-content", "organic", "consideration", 1500, { b2b: true }, [
    "seo",
    "blog",
    "content marketing",
    "search engine",
    "articles",
  ]),
};

/** Channels any business can add when an industry's own list runs short. */
export const FALLBACK_CHANNELS: readonly ChannelId[] = [
  "email",
  "partnerships",
  "referrals",
  "seo-content",
  "instagram",
  "facebook",
  "events",
  "pr",
];

/** Channels that replace local-only ones for a business that sells online. */
export const ONLINE_CHANNELS: readonly ChannelId[] = [
  "seo-content",
  "email",
  "meta-ads",
  "google-ads",
  "influencers",
  "retargeting",
];

/** Channels that reach business buyers, in the order a shift toward B2B adds them. */
export const B2B_CHANNELS: readonly ChannelId[] = ["linkedin", "outbound", "partnerships", "linkedin-ads", "webinars"];
