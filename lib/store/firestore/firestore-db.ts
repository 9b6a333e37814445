import "server-only";

/** Collection names (README.md in this folder documents their documents). */
export const COLLECTIONS = {
  plans: "plans",
  versions: "versions",
  users: "users",
  activity: "activity",
  shareLinks: "shareLinks",
  quota: "quota",
  metricRollups: "metricRollups",
  metricRollupHours: "metricRollupHours",
  incidents: "incidents",
  leases: "leases",
  alerts: "alerts",
  maintenanceWindows: "maintenanceWindows",
  backupHeartbeats: "backupHeartbeats",
  uptimeDays: "uptimeDays",
} as const;

/** Transactions retry on contention; the in-process queue keeps that to other instances. */
export const TRANSACTION_OPTIONS = { maxAttempts: 20 } as const;

// gRPC status codes.
const CANCELLED = 1;
const DEADLINE_EXCEEDED = 4;
const NOT_FOUND = 5;
const ALREADY_EXISTS = 6;
const ABORTED = 10;
const RESOURCE_EXHAUSTED = 8;
const FAILED_PRECONDITION = 9;
const INTERNAL = 13;
const UNAVAILABLE = 14;

export function grpcCode(error: unknown): number | undefined {
  if (typeof error !== "object" || error === null || !("code" in error)) return undefined;
  return typeof error.code === "number" ? error.code : undefined;
}

export function isAlreadyExists(error: unknown): boolean {
  return grpcCode(error) === ALREADY_EXISTS;
}

/**
 * Firestore is unreachable, overloaded or too contended to finish in time: the
 * app's store_unavailable. A connection dropped mid-call surfaces as CANCELLED
 * or INTERNAL (RST_STREAM) rather than UNAVAILABLE.
 */
export function isUnavailable(error: unknown): boolean {
  const code = grpcCode(error);
  return [CANCELLED, DEADLINE_EXCEEDED, RESOURCE_EXHAUSTED, ABORTED, INTERNAL, UNAVAILABLE].includes(code ?? -1);
}

/**
 * Another writer got there first: a conditional update's update time no longer
 * matched (or its document went), or `create` found the document.
 */
export function isWriteConflict(error: unknown): boolean {
  const code = grpcCode(error);
  return code === FAILED_PRECONDITION || code === ALREADY_EXISTS || code === NOT_FOUND;
}
