import "server-only";
import * as Sentry from "@sentry/nextjs";
import { maskPath } from "./scrub";

/**
 * Sends a server error that our own code caught and rendered (so Next.js's
 * `onRequestError` never sees it) to Sentry, tagged with the request id the
 * client was given and the route with ids and tokens masked. Does nothing
 * without SENTRY_DSN, and never throws: reporting must not become a second error.
 */
export function reportServerError(error: unknown, context: { requestId: string; route: string }): void {
  try {
    if (!Sentry.isEnabled()) return;
    Sentry.withScope((scope) => {
      scope.setTag("request_id", context.requestId);
      scope.setTag("route", maskPath(context.route));
      Sentry.captureException(error);
    });
  } catch {
    // Sentry itself failed; the error is already in the log.
  }
}
