import * as Sentry from "@sentry/nextjs";
import { serverSentryOptions } from "@/lib/sentry/server-options";

// Loaded by instrumentation.ts in the Node.js runtime. Without SENTRY_DSN nothing is initialised.
const options = serverSentryOptions();
if (options) Sentry.init(options);
