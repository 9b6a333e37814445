import { browserDsnFromPage, clientSentrySettings } from "@/lib/sentry/client-options";

type SentryModule = typeof import("@sentry/nextjs");

// Next.js runs this in the browser before the app. Without a DSN (NEXT_PUBLIC_SENTRY_DSN at build time, or
// SENTRY_BROWSER_DSN at run time, which the page carries in a <meta>), nothing is initialised.
// The SDK (with replay, about 95 KB gzipped) loads as its own chunk, so it is not part of every page's first-load JS.
let sentry: SentryModule | undefined;

function start(): void {
  const settings = clientSentrySettings(browserDsnFromPage());
  if (!settings) return;
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

// The <meta> is in the head, which may still be arriving when this runs.
if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start, { once: true });
else start();

export const onRouterTransitionStart: SentryModule["captureRouterTransitionStart"] = (...args) =>
  sentry?.captureRouterTransitionStart(...args);
