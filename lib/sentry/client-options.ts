import type { BrowserOptions } from "@sentry/nextjs";
import { z } from "zod";
import { BUILD_RELEASE_ID } from "@/lib/release-build";
import { DATA_COLLECTION, scrubBreadcrumb, scrubEvent } from "./scrub";

const rate = (fallback: number) =>
  z.preprocess((value) => (value === "" || value === undefined ? fallback : value), z.coerce.number().min(0).max(1));

const PublicSentryEnvSchema = z.object({
  NEXT_PUBLIC_SENTRY_DSN: z.preprocess((value) => (value === "" ? undefined : value), z.string().url().optional()),
  NEXT_PUBLIC_SENTRY_ENVIRONMENT: z.preprocess((value) => (value === "" ? undefined : value), z.string().max(64).optional()),
  NEXT_PUBLIC_SENTRY_SAMPLE_RATE: rate(1),
  NEXT_PUBLIC_SENTRY_TRACES_SAMPLE_RATE: rate(0),
  NEXT_PUBLIC_SENTRY_REPLAYS_SESSION_SAMPLE_RATE: rate(0),
  NEXT_PUBLIC_SENTRY_REPLAYS_ON_ERROR_SAMPLE_RATE: rate(0),
});

export type ClientSentrySettings = BrowserOptions & { replays: boolean };

/** The `<meta name>` under which the root layout hands the browser a DSN given at run time (SENTRY_BROWSER_DSN). */
export const BROWSER_DSN_META = "sentry-browser-dsn";

/** In the browser: the run-time DSN the page carries, if any. */
export function browserDsnFromPage(): string | undefined {
  if (typeof document === "undefined") return undefined;
  return document.querySelector<HTMLMetaElement>(`meta[name="${BROWSER_DSN_META}"]`)?.content || undefined;
}

/**
 * The browser SDK's options, or null when neither NEXT_PUBLIC_SENTRY_DSN was set at
 * build time nor a `runtimeDsn` is given (then the browser sends nothing). EXCEPTION to "env is read in
 * lib/env.ts": these are literal `process.env.NEXT_PUBLIC_…` reads, which
 * Next.js inlines into the browser bundle; invalid values turn Sentry off
 * rather than break the page.
 */
export function clientSentrySettings(runtimeDsn?: string): ClientSentrySettings | null {
  const parsed = PublicSentryEnvSchema.safeParse({
    NEXT_PUBLIC_SENTRY_DSN: process.env.NEXT_PUBLIC_SENTRY_DSN || runtimeDsn,
    NEXT_PUBLIC_SENTRY_ENVIRONMENT: process.env.NEXT_PUBLIC_SENTRY_ENVIRONMENT,
    NEXT_PUBLIC_SENTRY_SAMPLE_RATE: process.env.NEXT_PUBLIC_SENTRY_SAMPLE_RATE,
    NEXT_PUBLIC_SENTRY_TRACES_SAMPLE_RATE: process.env.NEXT_PUBLIC_SENTRY_TRACES_SAMPLE_RATE,
    NEXT_PUBLIC_SENTRY_REPLAYS_SESSION_SAMPLE_RATE: process.env.NEXT_PUBLIC_SENTRY_REPLAYS_SESSION_SAMPLE_RATE,
    NEXT_PUBLIC_SENTRY_REPLAYS_ON_ERROR_SAMPLE_RATE: process.env.NEXT_PUBLIC_SENTRY_REPLAYS_ON_ERROR_SAMPLE_RATE,
  });
  if (!parsed.success) {
    console.warn(`Sentry is off in the browser: ${parsed.error.issues.map((issue) => issue.path.join(".")).join(", ")} invalid`);
    return null;
  }
  const env = parsed.data;
  if (!env.NEXT_PUBLIC_SENTRY_DSN) return null;
  return {
    dsn: env.NEXT_PUBLIC_SENTRY_DSN,
    release: BUILD_RELEASE_ID,
    environment: env.NEXT_PUBLIC_SENTRY_ENVIRONMENT ?? (process.env.NODE_ENV === "production" ? "production" : "development"),
    sampleRate: env.NEXT_PUBLIC_SENTRY_SAMPLE_RATE,
    tracesSampleRate: env.NEXT_PUBLIC_SENTRY_TRACES_SAMPLE_RATE,
    replaysSessionSampleRate: env.NEXT_PUBLIC_SENTRY_REPLAYS_SESSION_SAMPLE_RATE,
    replaysOnErrorSampleRate: env.NEXT_PUBLIC_SENTRY_REPLAYS_ON_ERROR_SAMPLE_RATE,
    replays: env.NEXT_PUBLIC_SENTRY_REPLAYS_SESSION_SAMPLE_RATE > 0 || env.NEXT_PUBLIC_SENTRY_REPLAYS_ON_ERROR_SAMPLE_RATE > 0,
    dataCollection: DATA_COLLECTION,
    beforeSend: scrubEvent,
    beforeSendTransaction: scrubEvent,
    beforeBreadcrumb: scrubBreadcrumb,
  };
}
