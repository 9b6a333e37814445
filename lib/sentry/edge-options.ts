import type { EdgeOptions } from "@sentry/nextjs";
import { z } from "zod";
import { BUILD_RELEASE_ID } from "@/lib/release-build";
import { DATA_COLLECTION, scrubBreadcrumb, scrubEvent } from "./scrub";

const EdgeSentryEnvSchema = z.object({
  SENTRY_DSN: z.preprocess((value) => (value === "" ? undefined : value), z.string().url().optional()),
  RELEASE_ID: z.preprocess((value) => (value === "" ? undefined : value), z.string().optional()),
  SENTRY_ENVIRONMENT: z.preprocess((value) => (value === "" ? undefined : value), z.string().optional()),
  SENTRY_SAMPLE_RATE: z.coerce.number().min(0).max(1).default(1),
  SENTRY_TRACES_SAMPLE_RATE: z.coerce.number().min(0).max(1).default(0),
  NODE_ENV: z.string().optional(),
});

/**
 * The edge runtime's options: the same variables and meaning as
 * serverSentryOptions, read without lib/env.ts (it needs node:path, which the
 * edge runtime lacks). Nothing in the app runs on the edge today.
 */
export function edgeSentryOptions(): EdgeOptions | null {
  const parsed = EdgeSentryEnvSchema.safeParse(process.env);
  if (!parsed.success || !parsed.data.SENTRY_DSN) return null;
  const env = parsed.data;
  return {
    dsn: env.SENTRY_DSN,
    release: env.RELEASE_ID ?? BUILD_RELEASE_ID,
    environment: env.SENTRY_ENVIRONMENT ?? (env.NODE_ENV === "production" ? "production" : "development"),
    sampleRate: env.SENTRY_SAMPLE_RATE,
    tracesSampleRate: env.SENTRY_TRACES_SAMPLE_RATE,
    dataCollection: DATA_COLLECTION,
    beforeSend: scrubEvent,
    beforeSendTransaction: scrubEvent,
    beforeBreadcrumb: scrubBreadcrumb,
  };
}
