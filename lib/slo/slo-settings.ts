import "server-only";
import type { Env } from "@/lib/env";
import { MANUAL_SLOS, parseSloConfig, type SloConfig } from "./slo-config";

/** The manual's SLOs with the business hours and time zone the environment sets (SLO_BUSINESS_HOURS, SLO_TIME_ZONE). */
export function sloConfigFromEnv(env: Pick<Env, "SLO_BUSINESS_HOURS" | "SLO_TIME_ZONE">): SloConfig {
  const [startHour, endHour] = env.SLO_BUSINESS_HOURS.split("-").map(Number);
  return parseSloConfig({
    businessHours: { timeZone: env.SLO_TIME_ZONE, startHour, endHour },
    slos: MANUAL_SLOS,
  });
}
