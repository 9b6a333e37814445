import "server-only";
import { getEnv } from "@/lib/env";
import { BUILD_RELEASE_ID } from "@/lib/release-build";

/**
 * What `/api/health` reports as `releaseId` and Sentry as `release`: RELEASE_ID
 * when set at run time, else the git SHA baked in at build time. No process is
 * spawned: both are read from memory.
 */
export function getReleaseId(): string {
  return getEnv().RELEASE_ID ?? BUILD_RELEASE_ID;
}

/** Sentry's `environment`: SENTRY_ENVIRONMENT, else production or development after NODE_ENV. */
export function getEnvironment(): string {
  const env = getEnv();
  return env.SENTRY_ENVIRONMENT ?? (env.NODE_ENV === "production" ? "production" : "development");
}
