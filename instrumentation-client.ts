import * as Sentry from "@sentry/nextjs";
import { clientSentrySettings } from "@/lib/sentry/client-options";

// Next.js runs this in the browser before the app. Without NEXT_PUBLIC_SENTRY_DSN at build time, nothing is initialised.
const settings = clientSentrySettings();
if (settings) {
  const { replays, ...options } = settings;
  Sentry.init({
    ...options,
    // Replays are off unless a replay sample rate is set; then every text and input is masked.
    integrations: replays ? [Sentry.replayIntegration({ maskAllText: true, maskAllInputs: true, blockAllMedia: true })] : [],
  });
}

export const onRouterTransitionStart = settings ? Sentry.captureRouterTransitionStart : undefined;
