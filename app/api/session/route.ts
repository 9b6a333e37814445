import { z } from "zod";
import { assertSessionCookies, endSession, startSession } from "@/lib/auth";
import { readJsonBody } from "@/lib/http/read-json";
import { json, route } from "@/lib/http/route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const SessionRequestSchema = z
  .object({
    idToken: z
      .string()
      .regex(/^[A-Za-z0-9._-]{20,4096}$/, "idToken must be a Firebase ID token")
      .describe("The browser's current Firebase ID token"),
  })
  .strict();

/**
 * Firebase mode: trades the browser's ID token for the http-only `__session`
 * cookie, so server-rendered pages know who is visiting. 404 in local mode.
 */
export const POST = route(async ({ request }) => {
  assertSessionCookies();
  const { idToken } = await readJsonBody(request, SessionRequestSchema, { maxBytes: 8 * 1024, what: "The session request" });
  const { identity, setCookie } = await startSession(request, idToken);
  const response = json({ userId: identity.userId, kind: identity.kind });
  response.headers.append("set-cookie", setCookie);
  return response;
});

/** Sign-out: clears the session cookie. Needs no identity; clearing a missing cookie is fine. */
export const DELETE = route(async ({ request }) => {
  const setCookie = endSession(request);
  return new Response(null, { status: 204, headers: { "set-cookie": setCookie, "cache-control": "no-store" } });
});
