import type { FunnelStage, KpiId } from "../types";

export type KpiKind = "count" | "rate" | "money" | "ratio" | "rating";

export interface KpiDef {
  kind: KpiKind;
  stage: FunnelStage;
  cadence: "weekly" | "monthly";
  lowerIsBetter?: boolean;
  /** Used when a stated goal needs this KPI but the industry profile does not list it. */
  fallback: { baseline: number; target: number };
}

export const KPIS: Readonly<Record<KpiId, KpiDef>> = {
  "google-reviews": { kind: "count", stage: "advocacy", cadence: "monthly", fallback: { baseline: 30, target: 50 } },
  "weekly-transactions": { kind: "count", stage: "conversion", cadence: "weekly", fallback: { baseline: 400, target: 460 } },
  "repeat-rate": { kind: "rate", stage: "retention", cadence: "monthly", fallback: { baseline: 25, target: 30 } },
  "conversion-rate": { kind: "rate", stage: "conversion", cadence: "weekly", fallback: { baseline: 2, target: 2.6 } },
  "online-orders": { kind: "count", stage: "conversion", cadence: "weekly", fallback: { baseline: 150, target: 200 } },
  "email-subscribers": { kind: "count", stage: "retention", cadence: "monthly", fallback: { baseline: 500, target: 800 } },
  cac: { kind: "money", stage: "conversion", cadence: "monthly", lowerIsBetter: true, fallback: { baseline: 60, target: 50 } },
  roas: { kind: "ratio", stage: "conversion", cadence: "weekly", fallback: { baseline: 2, target: 3 } },
  "qualified-leads": { kind: "count", stage: "consideration", cadence: "weekly", fallback: { baseline: 30, target: 42 } },
  "demo-bookings": { kind: "count", stage: "conversion", cadence: "weekly", fallback: { baseline: 10, target: 15 } },
  "trial-to-paid": { kind: "rate", stage: "conversion", cadence: "monthly", fallback: { baseline: 10, target: 13 } },
  "monthly-churn": {
    kind: "rate",
    stage: "retention",
    cadence: "monthly",
    lowerIsBetter: true,
    fallback: { baseline: 5, target: 4 },
  },
  consultations: { kind: "count", stage: "conversion", cadence: "weekly", fallback: { baseline: 10, target: 15 } },
  "referral-share": { kind: "rate", stage: "advocacy", cadence: "monthly", fallback: { baseline: 25, target: 30 } },
  "new-members": { kind: "count", stage: "conversion", cadence: "weekly", fallback: { baseline: 20, target: 30 } },
  "class-fill-rate": { kind: "rate", stage: "conversion", cadence: "weekly", fallback: { baseline: 60, target: 70 } },
  "rebooking-rate": { kind: "rate", stage: "retention", cadence: "monthly", fallback: { baseline: 50, target: 60 } },
  appointments: { kind: "count", stage: "conversion", cadence: "weekly", fallback: { baseline: 120, target: 150 } },
  enrolments: { kind: "count", stage: "conversion", cadence: "monthly", fallback: { baseline: 15, target: 22 } },
  "valuation-requests": { kind: "count", stage: "conversion", cadence: "weekly", fallback: { baseline: 8, target: 12 } },
  "direct-booking-share": { kind: "rate", stage: "conversion", cadence: "monthly", fallback: { baseline: 25, target: 33 } },
  "occupancy-rate": { kind: "rate", stage: "conversion", cadence: "monthly", fallback: { baseline: 60, target: 68 } },
  "new-donors": { kind: "count", stage: "conversion", cadence: "monthly", fallback: { baseline: 25, target: 40 } },
  "recurring-donors": { kind: "count", stage: "retention", cadence: "monthly", fallback: { baseline: 80, target: 100 } },
  "quote-requests": { kind: "count", stage: "consideration", cadence: "weekly", fallback: { baseline: 20, target: 28 } },
  "quote-win-rate": { kind: "rate", stage: "conversion", cadence: "monthly", fallback: { baseline: 30, target: 36 } },
  "jobs-booked": { kind: "count", stage: "conversion", cadence: "weekly", fallback: { baseline: 40, target: 50 } },
  "app-installs": { kind: "count", stage: "conversion", cadence: "weekly", fallback: { baseline: 2000, target: 3000 } },
  "day30-retention": { kind: "rate", stage: "retention", cadence: "monthly", fallback: { baseline: 8, target: 11 } },
  "store-rating": { kind: "rating", stage: "advocacy", cadence: "monthly", fallback: { baseline: 4.2, target: 4.5 } },
  "engagement-rate": { kind: "rate", stage: "awareness", cadence: "weekly", fallback: { baseline: 2, target: 3.5 } },
  "website-visitors": { kind: "count", stage: "awareness", cadence: "weekly", fallback: { baseline: 1000, target: 1500 } },
  "social-followers": { kind: "count", stage: "awareness", cadence: "monthly", fallback: { baseline: 800, target: 1200 } },
  "monthly-reach": { kind: "count", stage: "awareness", cadence: "monthly", fallback: { baseline: 5000, target: 8000 } },
  revenue: { kind: "rate", stage: "conversion", cadence: "monthly", fallback: { baseline: 0, target: 10 } },
};
