/**
 * Per-person and per-address generation limits high enough for suites that
 * write many plans in a minute from one browser and 127.0.0.1. Tests of the
 * limits themselves set their own values over these.
 */
export const GENEROUS_LIMITS: Record<string, string> = {
  GENERATION_LIMIT_PER_MINUTE: "10000",
  GENERATION_LIMIT_PER_DAY: "100000",
  GENERATION_IP_LIMIT_PER_MINUTE: "10000",
  GENERATION_IP_LIMIT_PER_DAY: "100000",
};
