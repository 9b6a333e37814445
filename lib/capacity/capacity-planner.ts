import { CAPACITY_ASSUMPTIONS, type CapacityAssumptions } from "./assumptions";

/** Per-user daily rates measured from the store, or null where nothing was measured yet. */
export interface CurrentUsage {
  /** Users active in the window. */
  activeUsers: number;
  windowDays: number;
  requests: number;
  aiGenerations: number;
  plansCreated: number;
}

export interface MonthProjection {
  month: number;
  users: number;
  requestsPerDay: number;
  peakRequestsPerSecond: number;
  instances: number;
  /** Past maxInstances: raise it or the service queues at peak. */
  overMaxInstances: boolean;
  firestoreReadsPerDay: number;
  firestoreWritesPerDay: number;
  geminiRequestsPerDay: number;
  /** What to ask Google for, with the buffer. */
  geminiQuotaNeeded: number;
  geminiQuotaShare: number;
  storageGb: number;
  monthlyCostUsd: { instances: number; firestore: number; gemini: number; egress: number; total: number };
}

const DAY_SECONDS = 86_400;
const DAYS_A_MONTH = 30;
const round = (value: number, digits = 0) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Rates per user per day: measured when the store has them, else the manual's. */
export function perUserRates(usage: CurrentUsage | null, a: CapacityAssumptions = CAPACITY_ASSUMPTIONS) {
  const measured = usage && usage.activeUsers > 0 && usage.windowDays > 0;
  const per = (total: number) => (measured && usage ? total / usage.activeUsers / usage.windowDays : 0);
  const requests = measured && usage && usage.requests > 0 ? per(usage.requests) : a.requestsPerUserPerDay.value;
  const generations =
    measured && usage && usage.aiGenerations > 0 ? per(usage.aiGenerations) : a.aiGenerationsPerUserPerDay.value;
  return {
    requests,
    generations,
    source: {
      requests: measured && usage && usage.requests > 0 ? "measured" : "manual",
      generations: measured && usage && usage.aiGenerations > 0 ? "measured" : "manual",
    },
  };
}

/**
 * The manual's CapacityPlanner.calculateRequirements, made explicit: for each
 * month from now to `months`, users grow by `growthRate` a month from `users`,
 * and every figure follows from the per-user rates and the assumptions.
 * Instances come from peak concurrency (requests and open generation streams)
 * over what one instance serves at the target utilisation.
 */
export function projectCapacity({
  users,
  growthRate,
  months = 3,
  usage = null,
  assumptions: a = CAPACITY_ASSUMPTIONS,
}: {
  users: number;
  growthRate: number;
  months?: number;
  usage?: CurrentUsage | null;
  assumptions?: CapacityAssumptions;
}): MonthProjection[] {
  const rates = perUserRates(usage, a);
  return Array.from({ length: months + 1 }, (_, month) => {
    const monthUsers = Math.round(users * (1 + growthRate) ** month);
    const requestsPerDay = monthUsers * rates.requests;
    const generationsPerDay = monthUsers * rates.generations;
    const peakRps = (requestsPerDay / DAY_SECONDS) * a.peakTrafficMultiplier.value;
    const peakGenerationsPerSecond = (generationsPerDay / DAY_SECONDS) * a.peakTrafficMultiplier.value;
    const concurrent = peakRps * a.meanRequestSeconds.value + peakGenerationsPerSecond * a.meanGenerationSeconds.value;
    const needed = Math.ceil(concurrent / (a.concurrencyPerInstance.value * a.targetUtilisation.value));
    const instances = Math.max(a.minInstances.value, needed);
    const reads = requestsPerDay * a.firestoreReadsPerRequest.value;
    const writes = generationsPerDay * a.firestoreWritesPerGeneration.value + instances * a.rollupWritesPerInstancePerDay.value;
    const storageGb = (monthUsers * a.storageMbPerUser.value) / 1024;
    const cost = {
      instances: instances * a.instanceMonthlyUsd.value,
      firestore:
        ((reads * DAYS_A_MONTH) / 100_000) * a.firestoreReadUsdPer100k.value +
        ((writes * DAYS_A_MONTH) / 100_000) * a.firestoreWriteUsdPer100k.value +
        storageGb * a.firestoreStorageUsdPerGbMonth.value,
      gemini: generationsPerDay * DAYS_A_MONTH * a.geminiUsdPerGeneration.value,
      egress: ((requestsPerDay * DAYS_A_MONTH * a.bandwidthMbPerRequest.value) / 1024) * a.egressUsdPerGb.value,
    };
    const total = cost.instances + cost.firestore + cost.gemini + cost.egress;
    return {
      month,
      users: monthUsers,
      requestsPerDay: round(requestsPerDay),
      peakRequestsPerSecond: round(peakRps, 2),
      instances,
      overMaxInstances: instances > a.maxInstances.value,
      firestoreReadsPerDay: round(reads),
      firestoreWritesPerDay: round(writes),
      geminiRequestsPerDay: round(generationsPerDay),
      geminiQuotaNeeded: round(generationsPerDay * a.geminiQuotaBuffer.value),
      geminiQuotaShare: round(generationsPerDay / a.geminiQuotaPerDay.value, 3),
      storageGb: round(storageGb, 2),
      monthlyCostUsd: {
        instances: round(cost.instances, 2),
        firestore: round(cost.firestore, 2),
        gemini: round(cost.gemini, 2),
        egress: round(cost.egress, 2),
        total: round(total, 2),
      },
    };
  });
}
