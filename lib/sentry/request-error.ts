import * as Sentry from "@sentry/nextjs";
import type { Instrumentation } from "next";

// The same rule as lib/http/request-id.ts (which needs node:crypto, unavailable on the edge runtime).
const REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

function incomingRequestId(headers: Record<string, string | string[] | undefined>): string | undefined {
  const first = (name: string) => {
    const value = headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  const id = first("x-request-id") ?? first("x-cloud-trace-context")?.split("/")[0];
  return id && REQUEST_ID.test(id) ? id : undefined;
}

/**
 * Next.js's hook for errors it catches itself (pages, server components, route
 * handlers that throw past our `route()` wrapper): Sentry's handler, with the
 * platform's request id as the `request_id` tag when the request carried one.
 */
export const onRequestError: Instrumentation.onRequestError = (error, request, context) => {
  Sentry.withScope((scope) => {
    const requestId = incomingRequestId(request.headers);
    if (requestId) scope.setTag("request_id", requestId);
    Sentry.captureRequestError(error, request, context);
  });
};
