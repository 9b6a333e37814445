import type { ChannelId, IndustryId, IndustryProfile, KpiId, Lang } from "../types";

/**
 * Words of a language pack. Strings may hold `{placeholders}` that the section builders fill:
 * name, kind, kindA, kindThe, industry, offer, customers, audience, segment, inRegion, region,
 * platforms, proven, next, experimental, budget, months, need, benefit, reason, b2bAngle.
 */
export interface KindWords {
  noun: string;
  /** With the indefinite article: "a café", "una cafetería". */
  a: string;
  /** With the definite article: "the café", "la cafetería". */
  the: string;
}

export interface CompetitorCopy {
  name: string;
  strengths: string;
  weaknesses: string;
  edge: string;
}

export interface SegmentCopy {
  name: string;
  description: string;
  needs: readonly [string, string];
}

export interface PersonaCopy {
  name: string;
  summary: string;
  demographics: string;
  goals: readonly string[];
  painPoints: readonly string[];
  objections: readonly string[];
  quote: string;
}

export interface RiskCopy {
  risk: string;
  mitigation: string;
  contingency: string;
}

export interface IndustryCopy {
  label: string;
  kinds: Readonly<Record<string, KindWords>>;
  /** Plural noun for the people who buy: "guests", "clients", "members". */
  customers: string;
  /** Default offer when the description does not name one. */
  offer: string;
  /** The people who serve customers: "front-of-house team", "stylists". */
  team: string;
  /** What business buyers would buy here: "office catering and team breakfasts". */
  b2bAngle: string;
  overview: string;
  trends: readonly [string, string, string];
  competitors: readonly [CompetitorCopy, CompetitorCopy, CompetitorCopy];
  swot: {
    strengths: readonly [string, string];
    weaknesses: readonly [string, string];
    opportunities: readonly [string, string, string];
    threats: readonly [string, string];
  };
  segments: readonly [SegmentCopy, SegmentCopy, SegmentCopy];
  personas: readonly [PersonaCopy, PersonaCopy];
  positioning: {
    /** Verb phrase after "who": "want good coffee without a detour". */
    need: string;
    /** Verb phrase after "that": "serves coffee worth the trip, fast". */
    benefit: string;
    /** Clause after "because": "every cup is made by trained baristas". */
    reason: string;
    /** The core promise as one full sentence. */
    promise: string;
  };
  messages: readonly [string, string, string];
  mix: {
    product: string;
    price: string;
    place: string;
    people?: string;
    process?: string;
    physicalEvidence?: string;
  };
  risks: readonly [RiskCopy, RiskCopy];
  topics: readonly [string, string, string, string, string, string];
  questions: readonly [string, string];
  /** Names that fit the industry better than the pack's generic ones, e.g. "Property portals ({platforms})". */
  channelNames?: Partial<Record<ChannelId, string>>;
}

export interface ChannelCopy {
  /** May hold `{platforms}`; `plainName` is used when no platforms are known. */
  name: string;
  plainName?: string;
  purpose: string;
  tactics: readonly [string, string, string];
  kpi: string;
  unit: string;
  /** Roadmap milestone that sets the channel up, and what exists afterwards. */
  setup: string;
  deliverable: string;
  /** Content format for the calendar: "Reel", "Blog post". */
  format: string;
}

export interface KpiCopy {
  name: string;
  definition: string;
  /** Unit of a count KPI ("reviews"); rates use %, money uses the currency code. */
  unit: string;
}

export type IndustryPack = Readonly<Record<IndustryId, IndustryCopy>>;
export type ChannelPack = Readonly<Record<ChannelId, ChannelCopy>>;
export type KpiPack = Readonly<Record<KpiId, KpiCopy>>;

/** One industry's data: the language-neutral profile and its words in every language. */
export interface IndustryData {
  profile: IndustryProfile;
  copy: Readonly<Record<Lang, IndustryCopy>>;
}
