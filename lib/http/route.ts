import type { z } from "zod";
import { confirmNewIdentity, type Identity } from "@/lib/auth";
import { AppError, toAppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { recordHttp } from "@/lib/metrics/record";
import { reportServerError } from "@/lib/sentry/report";
import { requestIdFor } from "./request-id";
import { routePattern } from "./route-pattern";

export interface RouteContext<P> {
  request: Request;
  params: P;
  requestId: string;
}

/**
 * Wraps a route handler: a request id on every response, anything thrown
 * rendered by the one error type (internal errors logged in full, answered
 * with a generic message), and every request measured by route pattern.
 */
export function route<P = Record<string, never>>(handler: (context: RouteContext<P>) => Promise<Response>) {
  return async (request: Request, segment?: { params: Promise<P> }): Promise<Response> => {
    const started = performance.now();
    const params = (await segment?.params) ?? ({} as P);
    // The pattern, not the path: paths carry plan ids and share tokens.
    const pattern = routePattern(new URL(request.url).pathname, params as Record<string, unknown>);
    const response = await respond(handler, request, params, pattern);
    recordHttp({
      route: pattern,
      method: request.method,
      status: response.status,
      seconds: (performance.now() - started) / 1000,
    });
    return response;
  };
}

async function respond<P>(
  handler: (context: RouteContext<P>) => Promise<Response>,
  request: Request,
  params: P,
  pattern: string,
): Promise<Response> {
  const requestId = requestIdFor(request);
  try {
    const response = await handler({ request, params, requestId });
    response.headers.set("x-request-id", requestId);
    return response;
  } catch (error) {
    const appError = toAppError(error);
    // Work shed on purpose (a full PDF queue) is no fault: a warning, never a Sentry event a flood could multiply.
    if (appError.code === "overloaded") {
      log.warn("http.overloaded", { requestId, route: pattern, error: appError.message });
    } else if (appError.status >= 500) {
      log.error("http.error", {
        requestId,
        route: pattern,
        code: appError.code,
        error: appError.message.split("\n")[0],
      });
      reportServerError(error, { requestId, route: pattern });
    }
    return appError.toResponse(requestId);
  }
}

/**
 * A JSON response that also hands a newly issued identity cookie to the browser:
 * the request succeeded, so the new identity becomes a user. Errors are thrown,
 * never sent through here, so a failed request issues no cookie and makes no user.
 */
export function json(data: unknown, options: { status?: number; identity?: Identity } = {}): Response {
  const headers: Record<string, string> = { "cache-control": "no-store" };
  const status = options.status ?? 200;
  if (options.identity?.setCookie && status < 400) {
    headers["set-cookie"] = options.identity.setCookie;
    confirmNewIdentity(options.identity);
  }
  return Response.json(data, { status, headers });
}

/** Validates a query string (or path segments) with a zod schema: 400 with field messages otherwise. */
export function parseParams<S extends z.ZodTypeAny>(schema: S, value: unknown, what: string): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw AppError.fromZod(parsed.error, what);
  return parsed.data;
}
