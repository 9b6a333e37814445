import { clientSentrySettings } from "@/lib/sentry/client-options";

type SentryModule = typeof import("@sentry/nextjs");

// Next.js runs this in the browser before the app. Without NEXT_PUBLIC_SENTRY_DSN at build time, nothing is initialised.
// The SDK (with replay, about 95 KB gzipped) loads as its own chunk, so it is not part of every page's first-load JS.
const settings = clientSentrySettings();
let sentry: SentryModule | undefined;
if (settings) {
  const { replays, ...options } = settings;
  void import("@sentry/nextjs").then((Sentry) => {
    Sentry.init({
      ...options,
      // Replays are off unless a replay sample rate is set; then every text and input is masked.
      integrations: replays ? [Sentry.replayIntegration({ maskAllText: true, maskAllInputs: true, blockAllMedia: true })] : [],
    });
    sentry = Sentry;
  });
}

export const onRouterTransitionStart: SentryModule["captureRouterTransitionStart"] | undefined = settings
  ? (...args) => sentry?.captureRouterTransitionStart(...args)
  : undefined;
