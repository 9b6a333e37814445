import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/plans/[id]/route";
import { POST } from "@/app/api/plans/generate/route";
import { identify } from "@/lib/auth";
import { readSseEvents } from "@/lib/http/sse-parser";
import type { PlanRecord } from "@/lib/plans/schema";
import { startAuthEmulator } from "@/tests/support/auth-emulator";
import { useLocalApp } from "@/tests/support/local-app";
import { type RouteServer, startRouteServer } from "@/tests/support/route-server";
import { authorizedFetch, ClientAuthError, configureClientAuth, currentUser, getIdToken } from "./firebase-client";
import { signOut } from "./google-account";

// The real Firebase JS SDK (its Node build) against the Auth emulator, calling the
// real route handlers over HTTP: what the browser does, minus the browser.
const emulator = await startAuthEmulator();
const skipReason = "skipped" in emulator ? emulator.skipped : null;
if (skipReason) console.warn(`\n[auth-emulator] SKIPPING the browser-side Firebase Auth tests: ${skipReason}\n`);

afterAll(async () => {
  configureClientAuth({ mode: "local", firebase: null });
  if (!("skipped" in emulator)) await emulator.stop();
});

const projectId = "skipped" in emulator ? "none" : emulator.projectId;
const firebaseEnv: Record<string, string> =
  "skipped" in emulator
    ? {}
    : { AUTH_MODE: "firebase", FIREBASE_AUTH_EMULATOR_HOST: emulator.host, GOOGLE_CLOUD_PROJECT: projectId };
const firebaseMode = {
  mode: "firebase",
  firebase: {
    apiKey: "emulator-api-key",
    authDomain: `${projectId}.firebaseapp.com`,
    projectId,
    authEmulatorHost: "skipped" in emulator ? "" : emulator.host,
    googleSignIn: false,
    performance: false,
  },
} as const;

/** Answers who the server thinks is calling; with ?refuse-first the very first call gets 401, as for a token revoked meanwhile. */
const refusedOnce = new Set<string>();
async function whoAmI(request: Request): Promise<Response> {
  const authorization = request.headers.get("authorization");
  if (request.url.endsWith("?refuse-first") && authorization && refusedOnce.size === 0) {
    refusedOnce.add(authorization);
    return Response.json({ error: "stale" }, { status: 401 });
  }
  return Response.json({ authorization, identity: await identify(request, { write: false }) });
}

let server: RouteServer;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  server = await startRouteServer({
    "POST /api/plans/generate": (request) => POST(request),
    "GET /api/plans/:id": (request, params) => GET(request, { params: Promise.resolve({ id: params.id ?? "" }) }),
    "GET /api/whoami": whoAmI,
  });
});
afterAll(() => server.close());

describe("authorizedFetch in local mode", () => {
  it("is plain fetch: no token, no Firebase SDK, the identity cookie does the work", async () => {
    configureClientAuth({ mode: "local", firebase: null });
    expect(await getIdToken()).toBeNull();
    cleanup = useLocalApp();
    try {
      const response = await authorizedFetch(`${server.origin}/api/whoami`);
      const body = (await response.json()) as { authorization: string | null; identity: { userId: string } };
      expect(body.authorization).toBeNull();
      expect(body.identity.userId).toMatch(/^u_/);
    } finally {
      await cleanup();
    }
  });
});

describe("authorizedFetch in Firebase mode, misconfigured", () => {
  it("says sign-in is not configured instead of sending a request that can only get 401", async () => {
    configureClientAuth({ mode: "firebase", firebase: null });
    await expect(authorizedFetch(`${server.origin}/api/whoami`)).rejects.toThrow(ClientAuthError);
    await expect(getIdToken()).rejects.toThrow("Sign-in is not configured");
  });
});

describe.skipIf(skipReason !== null)("the Firebase client against the Auth emulator", () => {
  beforeAll(() => {
    cleanup = useLocalApp(firebaseEnv);
    configureClientAuth(firebaseMode);
  });
  afterAll(() => cleanup());

  it("signs in anonymously on first use, once, even when several requests start together", async () => {
    const tokens = await Promise.all([getIdToken(), getIdToken(), getIdToken()]);
    const user = await currentUser();
    expect(user.isAnonymous).toBe(true);
    for (const token of tokens) {
      const request = new Request("http://localhost/", { headers: { authorization: `Bearer ${token}` } });
      expect(await identify(request, { write: true })).toEqual({ userId: user.uid, kind: "anonymous" });
    }
  });

  it("sends the bearer token: a generated plan is owned by this browser's uid and readable by it", async () => {
    const { uid } = await currentUser();
    const response = await authorizedFetch(`${server.origin}/api/plans/generate`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "text/event-stream" },
      body: JSON.stringify({ businessDescription: "A climbing gym in Bristol with bouldering classes for beginners." }),
    });
    expect(response.status).toBe(200);
    const plan = (await readSseEvents(response)).at(-1)?.data as PlanRecord;
    expect(plan.ownerId).toBe(uid);
    const read = await authorizedFetch(`${server.origin}/api/plans/${plan.id}`);
    expect(read.status).toBe(200);
    expect((await fetch(`${server.origin}/api/plans/${plan.id}`)).status).toBe(401);
  });

  it("after a 401 retries once with a freshly minted token", async () => {
    const { uid } = await currentUser();
    // Tokens are minted per second: one from this second would be the same token again.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const response = await authorizedFetch(`${server.origin}/api/whoami?refuse-first`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { authorization: string; identity: { userId: string } };
    expect(refusedOnce.size).toBe(1);
    expect(refusedOnce.has(body.authorization)).toBe(false);
    expect(body.identity.userId).toBe(uid);
  });

  it("after signing out, the next request is a new anonymous visitor", async () => {
    const before = (await currentUser()).uid;
    await signOut();
    const response = await authorizedFetch(`${server.origin}/api/whoami`);
    const body = (await response.json()) as { identity: { userId: string; kind: string } };
    expect(body.identity.kind).toBe("anonymous");
    expect(body.identity.userId).not.toBe(before);
  });
});
