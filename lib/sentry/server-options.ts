import "server-only";
import type { NodeOptions } from "@sentry/nextjs";
import { getEnv } from "@/lib/env";
import { getEnvironment, getReleaseId } from "@/lib/release";
import { DATA_COLLECTION, scrubBreadcrumb, scrubEvent } from "./scrub";

/**
 * Options for the Node.js server SDK, or null when SENTRY_DSN is
 * unset: then Sentry is never initialised and nothing is sent.
 */
export function serverSentryOptions(): NodeOptions | null {
  const env = getEnv();
  if (!env.SENTRY_DSN) return null;
  return {
    dsn: env.SENTRY_DSN,
    release: getReleaseId(),
    environment: getEnvironment(),
    sampleRate: env.SENTRY_SAMPLE_RATE,
    tracesSampleRate: env.SENTRY_TRACES_SAMPLE_RATE,
    dataCollection: DATA_COLLECTION,
    beforeSend: scrubEvent,
    beforeSendTransaction: scrubEvent,
    beforeBreadcrumb: scrubBreadcrumb,
  };
}
