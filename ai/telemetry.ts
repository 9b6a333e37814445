import "server-only";
import type { Env } from "@/lib/env";
import { getEnv } from "@/lib/env";
import { log } from "@/lib/log";

export type TelemetryDecision = { enabled: true } | { enabled: false; reason: string };

/**
 * Genkit Monitoring (flow latency, errors and token counts in the Firebase
 * console) runs only in production Firebase mode: a production server on a
 * real Firebase project, never on an emulator, locally or under test.
 */
export function genkitTelemetryDecision(env: Env): TelemetryDecision {
  if (env.NODE_ENV !== "production") return { enabled: false, reason: `NODE_ENV is ${env.NODE_ENV}` };
  if (env.store !== "firestore" || !env.projectId) return { enabled: false, reason: "local mode (no Firebase project)" };
  if (env.FIRESTORE_EMULATOR_HOST || env.FIREBASE_AUTH_EMULATOR_HOST) return { enabled: false, reason: "Firebase emulators" };
  return { enabled: true };
}

type Enable = (options: { disableLoggingInputAndOutput: boolean; projectId?: string }) => Promise<void>;

const loadEnable: () => Promise<Enable> = async () => (await import("@genkit-ai/firebase")).enableFirebaseTelemetry;

/**
 * Starts Genkit's exporter to Google Cloud when the decision says so, with
 * input and output logging off: no business description or plan leaves the
 * app. Called once at server start, before the Genkit instance exists.
 */
export async function startGenkitTelemetry(env: Env = getEnv(), enable: () => Promise<Enable> = loadEnable) {
  const decision = genkitTelemetryDecision(env);
  if (!decision.enabled) {
    log.debug("genkit.telemetry_off", { reason: decision.reason });
    return decision;
  }
  await (await enable())({ disableLoggingInputAndOutput: true, ...(env.projectId ? { projectId: env.projectId } : {}) });
  log.info("genkit.telemetry_on", { projectId: env.projectId });
  return decision;
}
