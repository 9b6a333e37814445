import type { PlanDraft } from "@/ai/schemas/plan";

/** Languages the built-in planner writes; anything else falls back to English. */
export type Lang = "en" | "es" | "fr" | "de";

/**
 * Every industry the planner knows, in detection order: ties go to the earlier (more specific) one.
 * Each id has its data in ai/planner/data/industries/<id>/ (profile and one file per language).
 */
export const INDUSTRY_IDS = [
  "pet-services",
  "tattoo-piercing",
  "food-truck",
  "photography",
  "events",
  "resale",
  "automotive",
  "healthcare",
  "childcare",
  "retail-shop",
  "drinks-producer",
  "farm",
  "construction",
  "moving-logistics",
  "coaching",
  "fashion",
  "food-service",
  "beauty",
  "health-fitness",
  "home-services",
  "travel-hospitality",
  "real-estate",
  "education",
  "nonprofit",
  "professional-services",
  "creative-agency",
  "consumer-apps",
  "saas",
  "ecommerce",
  "industrial",
  "generic",
] as const;
export type IndustryId = (typeof INDUSTRY_IDS)[number];

type Business = PlanDraft["situation"]["business"];
export type BusinessModel = Business["businessModel"];
export type Stage = Business["stage"];
export type Reach = "local" | "online";
export type Tier = "proven" | "next" | "experimental";
export type FunnelStage = PlanDraft["strategy"]["funnel"][number]["stage"];
export type CompetitorType = PlanDraft["situation"]["competitors"][number]["type"];
export type OfferType = "product" | "service";
export type ToneFamily = "friendly" | "premium" | "expert" | "bold" | "caring";
export type BudgetBand = "tiny" | "small" | "medium" | "large" | "huge";
export type Role = "owner" | "marketing" | "sales" | "content" | "team";

export const CHANNEL_IDS = [
  "google-business-profile",
  "review-platforms",
  "instagram",
  "tiktok",
  "facebook",
  "youtube",
  "pinterest",
  "linkedin",
  "meta-ads",
  "google-ads",
  "linkedin-ads",
  "seo-content",
  "email",
  "outbound",
  "webinars",
  "partnerships",
  "referrals",
  "events",
  "trade-shows",
  "marketplaces",
  "influencers",
  "delivery-apps",
  "booking-platforms",
  "directories",
  "app-store",
  "app-install-ads",
  "pr",
  "local-print",
  "community-groups",
  "loyalty",
  "retargeting",
  "peer-fundraising",
  "google-ad-grants",
] as const;
export type ChannelId = (typeof CHANNEL_IDS)[number];

export const KPI_IDS = [
  "google-reviews",
  "weekly-transactions",
  "repeat-rate",
  "conversion-rate",
  "online-orders",
  "email-subscribers",
  "cac",
  "roas",
  "qualified-leads",
  "demo-bookings",
  "trial-to-paid",
  "monthly-churn",
  "consultations",
  "referral-share",
  "new-members",
  "class-fill-rate",
  "rebooking-rate",
  "appointments",
  "enrolments",
  "valuation-requests",
  "direct-booking-share",
  "occupancy-rate",
  "new-donors",
  "recurring-donors",
  "quote-requests",
  "quote-win-rate",
  "jobs-booked",
  "app-installs",
  "day30-retention",
  "store-rating",
  "engagement-rate",
  "website-visitors",
  "social-followers",
  "monthly-reach",
  "revenue",
] as const;
export type KpiId = (typeof KPI_IDS)[number];

/** A weighted detection term; a trailing `*` matches any word that starts with the term. */
export type Lexicon = Readonly<Record<string, number>>;

export interface KpiBenchmark {
  id: KpiId;
  /** Typical value for a business already trading (growth stage), per month for counts. */
  baseline: number;
  /** What a focused plan can reach in about 90 days from that baseline. */
  target: number;
}

export interface BenchmarkRange {
  low: number;
  high: number;
}

/** What a figure usually is in an industry, so an estimate can be placed and questioned. */
export interface IndustryRanges {
  /** Website sessions that end in a purchase or booking, in % (the "conversion-rate" KPI). */
  conversion: BenchmarkRange;
  /** Marketing spend per new customer won through paid channels, in USD (the "cac" KPI). */
  cac: BenchmarkRange;
  /** What the ranges rest on (the kind of evidence) and why this industry sits there; for whoever reviews them. */
  basis: { source: string; rationale: string };
}

/** Where the business sells, for picking region-specific platforms. */
export interface Market {
  kind: string;
  currency: string;
  lang: Lang;
}

/** Language-neutral facts about an industry; the words live in the language packs. */
export interface IndustryProfile {
  id: IndustryId;
  /** Sub-kinds with their detection terms; the first kind is the default. */
  kinds: Readonly<Record<string, Lexicon>>;
  /** Terms that point to the industry without naming a kind. */
  lexicon: Lexicon;
  /** Detail terms worth echoing back to the owner ("sourdough", "balayage"); meta words like "software" are not. */
  showcase: readonly string[];
  offerType: OfferType;
  /** Kinds whose offer type differs from the industry's, e.g. a cosmetics brand sells products. */
  productKinds?: readonly string[];
  defaultModel: BusinessModel;
  defaultReach: Reach;
  tone: ToneFamily;
  channels: Readonly<Record<Tier, readonly ChannelId[]>>;
  /** Channel lists for kinds that sell differently, e.g. a cosmetics brand sells online. */
  kindChannels?: Readonly<Record<string, Readonly<Record<Tier, readonly ChannelId[]>>>>;
  /** Proper-noun platforms for a channel in this industry and market, e.g. "Treatwell & Fresha". */
  platforms?: (channel: ChannelId, market: Market) => string | undefined;
  kpis: readonly KpiBenchmark[];
  /** KPIs for kinds that differ from the industry's, e.g. a cosmetics brand sells online. */
  kindKpis?: Readonly<Record<string, readonly KpiBenchmark[]>>;
  /** The usual conversion rate and acquisition cost, each a range with what it rests on. Every industry has its own. */
  ranges: IndustryRanges;
  /** Estimated monthly marketing budget in USD by stage, before currency conversion. */
  budgetUsd: Readonly<Record<Stage, number>>;
  competitorTypes: readonly [CompetitorType, CompetitorType, CompetitorType];
  topicStages: readonly [FunnelStage, FunnelStage, FunnelStage, FunnelStage, FunnelStage, FunnelStage];
}

export interface ChannelDef {
  id: ChannelId;
  cost: "organic" | "low" | "paid";
  stage: FunnelStage;
  social: boolean;
  /** Channel suits business buyers. */
  b2b: boolean;
  /** Words in an instruction that name this channel ("focus on newsletter"). */
  aliases: readonly string[];
  /** Monthly KPI target at a medium budget. */
  target: number;
  /** Platforms named by default, when the channel is a family of platforms. */
  platforms?: string;
  /** Only makes sense for a business customers can visit or call locally. */
  localOnly?: boolean;
  /** A free listing or grant: it takes time and tactics, never budget. */
  free?: boolean;
}

export interface SelectedChannel {
  id: ChannelId;
  tier: Tier;
  share: number;
}
