/**
 * The figures the capacity planner multiplies by, each with where it comes
 * from. Prices are list prices when this was written (us-central1, USD): check
 * them against the current price pages before a budget decision.
 */
export interface Assumption {
  value: number;
  unit: string;
  source: string;
}

export const CAPACITY_ASSUMPTIONS = {
  requestsPerUserPerDay: { value: 5, unit: "requests", source: "ops manual 4.2 (used when the store has no traffic yet)" },
  aiGenerationsPerUserPerDay: {
    value: 0.8,
    unit: "generations",
    source: "ops manual 4.2 (used when the store has no generations yet)",
  },
  peakTrafficMultiplier: { value: 3, unit: "× the mean", source: "ops manual 4.2" },
  meanRequestSeconds: {
    value: 0.3,
    unit: "s",
    source: "HTTP p95 SLO is 3 s; typical API and page requests here take well under 1 s",
  },
  meanGenerationSeconds: { value: 20, unit: "s", source: "a streamed plan holds its request open; AI SLO p90 is 30 s" },
  concurrencyPerInstance: { value: 100, unit: "requests", source: "apphosting.yaml runConfig.concurrency" },
  targetUtilisation: { value: 0.7, unit: "share", source: "ops manual 8.1 targetCpuUtilization 70%" },
  minInstances: { value: 2, unit: "instances", source: "apphosting.yaml runConfig.minInstances" },
  maxInstances: { value: 50, unit: "instances", source: "apphosting.yaml runConfig.maxInstances" },
  firestoreReadsPerRequest: { value: 2, unit: "reads", source: "a page or API call reads the user and the plan or list" },
  firestoreWritesPerGeneration: { value: 6, unit: "writes", source: "plan, version 1, user, activity day, two quota windows" },
  rollupWritesPerInstancePerDay: {
    value: 2_880,
    unit: "writes",
    source: "one minute and one hour document per instance each minute",
  },
  geminiQuotaPerDay: { value: 10_000, unit: "requests", source: "ops manual 9.1 (AI_QUOTA_PER_DAY)" },
  geminiQuotaBuffer: { value: 1.5, unit: "×", source: "ops manual 4.2 (50% buffer)" },
  storageMbPerUser: { value: 0.1, unit: "MB", source: "ops manual 4.2" },
  bandwidthMbPerRequest: { value: 0.5, unit: "MB", source: "ops manual 4.2" },
  instanceMonthlyUsd: {
    value: 52,
    unit: "USD per always-on 1 vCPU / 1 GiB instance",
    source: "Cloud Run instance-based billing list price",
  },
  firestoreReadUsdPer100k: { value: 0.06, unit: "USD", source: "Firestore list price" },
  firestoreWriteUsdPer100k: { value: 0.18, unit: "USD", source: "Firestore list price" },
  firestoreStorageUsdPerGbMonth: { value: 0.18, unit: "USD", source: "Firestore list price" },
  geminiUsdPerGeneration: { value: 0.003, unit: "USD", source: "Gemini 2.0 Flash: about 2k input and 6k output tokens a plan" },
  egressUsdPerGb: { value: 0.12, unit: "USD", source: "Google Cloud internet egress list price" },
} as const satisfies Record<string, Assumption>;

export type CapacityAssumptions = { [K in keyof typeof CAPACITY_ASSUMPTIONS]: Assumption };
