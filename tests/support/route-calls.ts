import { POST as generateRoute } from "@/app/api/plans/generate/route";
import { readSseEvents } from "@/lib/http/sse-parser";
import type { PlanRecord } from "@/lib/plans/schema";
import { cookieFrom } from "./local-app";

/** A route handler as Next.js calls it: the request, and the dynamic segments as a promise. */
export type RouteHandler<P> = (request: Request, segment: { params: Promise<P> }) => Promise<Response>;

export interface CallInit {
  method?: string;
  cookie?: string;
  /** JSON-encoded unless a string (sent as it is, with the content type JSON unless headers say otherwise). */
  body?: unknown;
  url?: string;
  headers?: Record<string, string>;
}

/** Calls a route handler in-process, the way route tests do (STYLE.md: handlers called with a Request). */
export function callRoute<P>(handler: RouteHandler<P>, params: P, init: CallInit = {}): Promise<Response> {
  const headers: Record<string, string> = {};
  if (init.cookie) headers.cookie = init.cookie;
  if (init.body !== undefined) headers["content-type"] = "application/json";
  Object.assign(headers, init.headers);
  const body = init.body === undefined ? undefined : typeof init.body === "string" ? init.body : JSON.stringify(init.body);
  return handler(new Request(init.url ?? "http://localhost/api/x", { method: init.method ?? "GET", headers, body }), {
    params: Promise.resolve(params),
  });
}

/**
 * Generates a plan through POST /api/plans/generate in-process (the built-in
 * planner under useLocalApp) and returns it with the identity cookie that owns it.
 */
export async function generatePlan(
  input: string | Record<string, unknown>,
  cookie?: string,
): Promise<{ cookie: string; plan: PlanRecord; response: Response }> {
  const body = typeof input === "string" ? { businessDescription: input } : input;
  const response = await generateRoute(
    new Request("http://localhost/api/plans/generate", {
      method: "POST",
      headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
      body: JSON.stringify(body),
    }),
  );
  const events = await readSseEvents(response);
  const last = events.at(-1);
  if (last?.event !== "plan") throw new Error(`The plan was not saved: ${JSON.stringify(last)}`);
  return { cookie: cookie ?? cookieFrom(response), plan: last.data as PlanRecord, response };
}
