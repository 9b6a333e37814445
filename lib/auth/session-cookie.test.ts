import { initializeApp } from "firebase-admin/app";
import { getAuth } from "firebase-admin/auth";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { DELETE, POST } from "@/app/api/session/route";
import { resetEnvForTests } from "@/lib/env";
import { startAuthEmulator } from "@/tests/support/auth-emulator";
import { signUpAnonymously, tamperedToken } from "@/tests/support/auth-emulator-users";
import { useLocalApp } from "@/tests/support/local-app";
import { type RouteServer, startRouteServer } from "@/tests/support/route-server";
import { configureClientAuth, currentUser, getIdToken, syncSession } from "./client/firebase-client";
import { signOut } from "./client/google-account";
import { setSessionEndpointForTests } from "./client/session-sync";
import { identify, identifyPageVisitor, type PageCookies } from "./index";
import { cookieValue, IDENTITY_COOKIE } from "./local-identity";

// One Auth emulator for every case (each takes about 11 s to start).
const emulator = await startAuthEmulator();
const skipReason = "skipped" in emulator ? emulator.skipped : null;
if (skipReason) console.warn(`\n[auth-emulator] SKIPPING the Firebase session cookie tests: ${skipReason}\n`);

afterAll(async () => {
  if (!("skipped" in emulator)) await emulator.stop();
});

const host = () => ("skipped" in emulator ? "" : emulator.host);
const projectId = "skipped" in emulator ? "none" : emulator.projectId;
const firebaseEnv: Record<string, string> =
  "skipped" in emulator
    ? {}
    : { AUTH_MODE: "firebase", FIREBASE_AUTH_EMULATOR_HOST: emulator.host, GOOGLE_CLOUD_PROJECT: projectId };

const startSession = (body: unknown, headers: Record<string, string> = {}) =>
  POST(
    new Request("http://localhost/api/session", {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
  );
const endSession = (headers: Record<string, string> = {}) =>
  DELETE(new Request("http://localhost/api/session", { method: "DELETE", headers }));

/** What `await cookies()` gives a page whose browser holds the cookie a Set-Cookie header set. */
const cookiesFrom = (setCookie: string | null): PageCookies => ({
  get: (name) => {
    const value = cookieValue(setCookie?.split(";")[0] ?? null, name);
    return value === undefined ? undefined : { value };
  },
});
const onlyCookie = (name: string, value: string): PageCookies => cookiesFrom(`${name}=${value}`);

describe("session cookies in local mode", () => {
  let cleanup: () => Promise<void>;
  beforeAll(() => {
    cleanup = useLocalApp();
  });
  afterAll(() => cleanup());

  it("POST and DELETE /api/session answer 404 and set no cookie", async () => {
    for (const response of [await startSession({ idToken: "a".repeat(40) }), await endSession()]) {
      expect(response.status).toBe(404);
      expect(response.headers.get("set-cookie")).toBeNull();
      expect(await response.json()).toMatchObject({ error: { code: "not_found" } });
    }
  });

  it("pages still know the visitor by the signed identity cookie, and nobody by a forged one", async () => {
    const issued = await identify(new Request("http://localhost/api/plans"), { write: true });
    const page = cookiesFrom(issued?.setCookie ?? null);
    expect(await identifyPageVisitor(page)).toBe(issued?.userId);
    expect(await identifyPageVisitor(onlyCookie(IDENTITY_COOKIE, `${issued?.userId}.forged`))).toBeNull();
    expect(await identifyPageVisitor(onlyCookie("__session", "anything"))).toBeNull();
    expect(await identifyPageVisitor(cookiesFrom(null))).toBeNull();
  });
});

describe.skipIf(skipReason !== null)("session cookies in Firebase mode (Auth emulator)", () => {
  let cleanup: () => Promise<void>;
  beforeAll(() => {
    cleanup = useLocalApp(firebaseEnv);
  });
  afterAll(() => cleanup());

  it("POST with a valid ID token sets an http-only, SameSite=Lax __session cookie that pages know the user by", async () => {
    const user = await signUpAnonymously(host());
    const response = await startSession({ idToken: user.idToken });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ userId: user.uid, kind: "anonymous" });
    const setCookie = response.headers.get("set-cookie");
    expect(setCookie).toMatch(/^__session=[A-Za-z0-9._-]+; Path=\/; HttpOnly; SameSite=Lax; Max-Age=432000$/);
    expect(await identifyPageVisitor(cookiesFrom(setCookie))).toBe(user.uid);

    const overHttps = await startSession({ idToken: user.idToken }, { "x-forwarded-proto": "https" });
    expect(overHttps.headers.get("set-cookie")).toMatch(/; Secure$/);
  });

  it("refuses a tampered or malformed token: 401 with WWW-Authenticate (or 400/413 for a bad body), no cookie", async () => {
    const user = await signUpAnonymously(host());
    const [header, payload = "", signature] = user.idToken.split(".");
    const flipped = [header, `${payload.startsWith("e") ? "f" : "e"}${payload.slice(1)}`, signature].join(".");
    for (const idToken of [tamperedToken(user.idToken), flipped]) {
      const response = await startSession({ idToken });
      expect(response.status).toBe(401);
      expect(response.headers.get("www-authenticate")).toBe('Bearer realm="marketplanai"');
      expect(response.headers.get("set-cookie")).toBeNull();
    }
    const refusals = [
      [await startSession({}), 400],
      [await startSession({ idToken: user.idToken, uid: "someone-else" }), 400],
      [await startSession({ idToken: "not a token" }), 400],
      [await startSession({ idToken: "a".repeat(9_000) }), 413],
    ] as const;
    for (const [response, status] of refusals) {
      expect(response.status).toBe(status);
      expect(response.headers.get("set-cookie")).toBeNull();
    }
  });

  it("pages know nobody by a garbage, forged or foreign cookie, or one of a deleted user", async () => {
    const user = await signUpAnonymously(host());
    const setCookie = (await startSession({ idToken: user.idToken })).headers.get("set-cookie");
    const sessionCookie = cookieValue(setCookie?.split(";")[0] ?? null, "__session") ?? "";
    for (const value of ["garbage", "a.b.c", tamperedToken(sessionCookie), user.idToken, `${sessionCookie}x`.repeat(5)]) {
      expect(await identifyPageVisitor(onlyCookie("__session", value))).toBeNull();
    }
    expect(await identifyPageVisitor(cookiesFrom(null))).toBeNull();
    await getAuth(initializeApp({ projectId }, `session-test-${Date.now()}`)).deleteUser(user.uid);
    expect(await identifyPageVisitor(cookiesFrom(setCookie))).toBeNull();
  });

  // Against the emulator firebase-admin checks revocation on every verification whatever it is
  // asked; in production only `checkRevoked: true` (identifyPageVisitor's) makes it ask Auth.
  it("pages know nobody by the cookie of a disabled user, or of one signed out everywhere", async () => {
    const auth = getAuth(initializeApp({ projectId }, `session-revoke-${Date.now()}`));
    const disabled = await signUpAnonymously(host());
    const disabledCookie = (await startSession({ idToken: disabled.idToken })).headers.get("set-cookie");
    expect(await identifyPageVisitor(cookiesFrom(disabledCookie))).toBe(disabled.uid);
    await auth.updateUser(disabled.uid, { disabled: true });
    expect(await identifyPageVisitor(cookiesFrom(disabledCookie))).toBeNull();

    const revoked = await signUpAnonymously(host());
    const revokedCookie = (await startSession({ idToken: revoked.idToken })).headers.get("set-cookie");
    expect(await identifyPageVisitor(cookiesFrom(revokedCookie))).toBe(revoked.uid);
    // Revocation compares whole seconds: a cookie issued in the same second would still pass.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    await auth.revokeRefreshTokens(revoked.uid);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(await identifyPageVisitor(cookiesFrom(revokedCookie))).toBeNull();
  });

  it("reports Auth being unreachable as an error, not as 'nobody'", async () => {
    const user = await signUpAnonymously(host());
    const setCookie = (await startSession({ idToken: user.idToken })).headers.get("set-cookie");
    const saved = process.env.FIREBASE_AUTH_EMULATOR_HOST;
    process.env.FIREBASE_AUTH_EMULATOR_HOST = "127.0.0.1:9";
    resetEnvForTests();
    try {
      await expect(identifyPageVisitor(cookiesFrom(setCookie))).rejects.toThrow(/could not verify the session cookie/);
    } finally {
      process.env.FIREBASE_AUTH_EMULATOR_HOST = saved;
      resetEnvForTests();
    }
  });

  it("DELETE clears the cookie (sign-out)", async () => {
    const response = await endSession({ "x-forwarded-proto": "https" });
    expect(response.status).toBe(204);
    expect(response.headers.get("set-cookie")).toBe("__session=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0; Secure");
  });
});

describe.skipIf(skipReason !== null)("the browser keeps the session cookie in step (Firebase JS SDK, Auth emulator)", () => {
  const calls: { method: string; setCookie: string | null }[] = [];
  let server: RouteServer;
  let cleanup: () => Promise<void>;
  const record = (handler: (request: Request) => Promise<Response>) => async (request: Request) => {
    const response = await handler(request);
    calls.push({ method: request.method, setCookie: response.headers.get("set-cookie") });
    return response;
  };
  const posts = () => calls.filter((call) => call.method === "POST");

  beforeAll(async () => {
    cleanup = useLocalApp(firebaseEnv);
    server = await startRouteServer({ "POST /api/session": record(POST), "DELETE /api/session": record(DELETE) });
    setSessionEndpointForTests(`${server.origin}/api/session`);
    configureClientAuth({
      mode: "firebase",
      firebase: {
        apiKey: "emulator-api-key",
        authDomain: `${projectId}.firebaseapp.com`,
        projectId,
        authEmulatorHost: host(),
        googleSignIn: false,
        performance: false,
      },
    });
  });
  afterAll(async () => {
    configureClientAuth({ mode: "local", firebase: null });
    setSessionEndpointForTests(null);
    await server.close();
    await cleanup();
  });

  it("sets the cookie once the anonymous sign-in is done, and posts each token only once", async () => {
    const user = await currentUser();
    expect(posts()).toHaveLength(1);
    expect(await identifyPageVisitor(cookiesFrom(posts()[0]?.setCookie ?? null))).toBe(user.uid);
    await Promise.all([getIdToken(), getIdToken(), syncSession(user), syncSession(user)]);
    expect(posts()).toHaveLength(1);
  });

  it("posts a refreshed token once, from onIdTokenChanged", async () => {
    const user = await currentUser();
    // Tokens are minted per second: one from this second would be the same token again.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    await getIdToken({ forceRefresh: true });
    await vi.waitFor(() => expect(posts()).toHaveLength(2));
    await syncSession(user);
    expect(posts()).toHaveLength(2);
    expect(await identifyPageVisitor(cookiesFrom(posts()[1]?.setCookie ?? null))).toBe(user.uid);
  });

  it("on sign-out clears the cookie before the next anonymous user's cookie is set", async () => {
    const before = (await currentUser()).uid;
    await signOut();
    const after = await currentUser();
    expect(after.uid).not.toBe(before);
    expect(calls.slice(-2).map((call) => call.method)).toEqual(["DELETE", "POST"]);
    expect(calls.filter((call) => call.method === "DELETE")).toHaveLength(1);
    expect(await identifyPageVisitor(cookiesFrom(calls.at(-1)?.setCookie ?? null))).toBe(after.uid);
  });
});
