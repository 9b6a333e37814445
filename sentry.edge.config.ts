import * as Sentry from "@sentry/nextjs";
import { edgeSentryOptions } from "@/lib/sentry/edge-options";

// Loaded by instrumentation.ts in the edge runtime. Without SENTRY_DSN nothing is initialised.
const options = edgeSentryOptions();
if (options) Sentry.init(options);
