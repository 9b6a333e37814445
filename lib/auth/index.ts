import "server-only";
import { type Env, getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { recordActivity } from "@/lib/users/activity";
import { bearerToken, createFirebaseSession, verifyFirebaseSession, verifyFirebaseToken } from "./firebase-identity";
import {
  cookieValue,
  type IdentityKeys,
  identityCookieHeader,
  identityFromCookies,
  loadIdentityKey,
  newUserId,
} from "./local-identity";
import { SESSION_COOKIE, sessionCookieHeader } from "./session-cookie";

export interface Identity {
  userId: string;
  kind: "anonymous" | "registered";
  /** A Set-Cookie header to send when a new local identity was issued (or an existing one re-issued). */
  setCookie?: string;
  /** The cookie re-issues an existing identity (current key, `__Host-` name, fresh issue time). */
  renewed?: boolean;
}

let identityKeys: IdentityKeys | undefined;
function keys(): IdentityKeys {
  const env = getEnv();
  identityKeys ??= {
    current: loadIdentityKey(env.dataDir, env.APP_SECRET),
    ...(env.APP_SECRET_PREVIOUS ? { previous: Buffer.from(env.APP_SECRET_PREVIOUS, "utf8") } : {}),
  };
  return identityKeys;
}
const key = () => keys().current;

/** Tests change APP_SECRET between cases. */
export function resetIdentityKeysForTests(): void {
  identityKeys = undefined;
}

/**
 * Who is calling. Local mode: the signed cookie, or a fresh anonymous identity
 * (a missing or tampered cookie gets a new one, never someone else's). Firebase
 * mode: a verified ID token in `Authorization: Bearer`, revocation checked on
 * writes; without a valid token, null.
 */
export async function identify(request: Request, options: { write: boolean }): Promise<Identity | null> {
  const env = getEnv();
  if (env.authMode === "firebase") {
    const idToken = bearerToken(request.headers.get("authorization"));
    const projectId = firebaseProjectId(env);
    if (!idToken) return null;
    return verifyFirebaseToken({
      projectId,
      idToken,
      checkRevoked: options.write,
      emulatorHost: env.FIREBASE_AUTH_EMULATOR_HOST,
    });
  }
  const secure = isHttps(request);
  const cookies = request.headers.get("cookie");
  const existing = identityFromCookies(keys(), (name) => cookieValue(cookies, name), secure);
  if (existing && !existing.renew) return { userId: existing.userId, kind: "anonymous" };
  if (existing) {
    const setCookie = identityCookieHeader(key(), existing.userId, secure);
    return { userId: existing.userId, kind: "anonymous", setCookie, renewed: true };
  }
  const userId = newUserId();
  return { userId, kind: "anonymous", setCookie: identityCookieHeader(key(), userId, secure) };
}

function firebaseProjectId(env: Env): string {
  // Every caller would get 401 with no hint why; a misconfigured server should say so.
  if (!env.projectId) throw new Error("AUTH_MODE=firebase needs a project id: set FIREBASE_PROJECT_ID (or GOOGLE_CLOUD_PROJECT)");
  return env.projectId;
}

/** Secure cookies whenever the browser reached us over HTTPS (directly or through App Hosting's proxy). */
function isHttps(request: Request): boolean {
  return (
    request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https" || new URL(request.url).protocol === "https:"
  );
}

/** The local identity cookie for `userId`: a browser redeeming a transfer code takes on that identity. */
export function localIdentityCookie(request: Request, userId: string): string {
  return identityCookieHeader(key(), userId, isHttps(request));
}

/** The server's secret key (APP_SECRET, or the one generated into the data directory), for signing. */
export function identityKeyForSigning(): Buffer {
  return key();
}

/**
 * The keys a signature the server handed out may carry: the current one and,
 * during an APP_SECRET rotation, APP_SECRET_PREVIOUS, so what browsers hold
 * (plans kept while the store was down, section proposals) survives it.
 */
export function identityKeysForVerifying(): Buffer[] {
  const { current, previous } = keys();
  return previous ? [current, previous] : [current];
}

const signInAgain = () =>
  new AppError("unauthorized", "Sign in again: your session is missing or has expired.", {
    headers: { "www-authenticate": 'Bearer realm="marketplanai"' },
  });

/** Like identify, but a caller without an identity gets 401 with a way forward. */
export async function requireIdentity(request: Request, options: { write: boolean }): Promise<Identity> {
  const identity = await identify(request, options);
  if (!identity) throw signInAgain();
  // Last activity drives the 90-day clean-up of anonymous users (and active-user counts).
  // Not awaited: a slow or unreachable store must not hold up the request (it never throws).
  // A fresh identity is nobody yet: it becomes a user (row and cookie) only once a request
  // succeeds in doing something for it (confirmNewIdentity), so 1,000 failed writes make no users.
  // A cookie re-signed with the current key (a rotation) belongs to someone known already.
  if (!identity.setCookie || identity.renewed) void recordActivity(identity);
  return identity;
}

/**
 * Called when a request made with a freshly issued identity succeeded: records
 * the new user. The caller sends `identity.setCookie` with the same response;
 * an identity that was never confirmed is forgotten with its failed request.
 */
export function confirmNewIdentity(identity: Identity): void {
  if (identity.setCookie) void recordActivity(identity);
}

/** The cookies of a server component's request: what `await cookies()` from next/headers returns. */
export interface PageCookies {
  get(name: string): { value: string } | undefined;
}

/**
 * The user id of a server-rendered page's visitor, or null (pages cannot set
 * cookies, so a first visit is nobody yet). Local mode: the signed identity
 * cookie. Firebase mode: the `__session` cookie the browser got from POST
 * /api/session, with revocation and disabled users checked (a page shows the
 * plans, so a user signed out everywhere or disabled must not see them for the
 * cookie's five days). Auth being unreachable throws: an outage must not look like "no such plan".
 * A known visitor's page view counts as activity (at most once every few
 * minutes per user and instance), so someone who only reads their plans is
 * not taken for inactive by the clean-up of anonymous users.
 */
export async function identifyPageVisitor(cookies: PageCookies): Promise<string | null> {
  const env = getEnv();
  let visitor: { userId: string; kind: Identity["kind"] } | null = null;
  if (env.authMode === "local") {
    const userId = identityFromCookies(keys(), (name) => cookies.get(name)?.value, false)?.userId ?? null;
    visitor = userId ? { userId, kind: "anonymous" } : null;
  } else {
    const projectId = firebaseProjectId(env);
    const sessionCookie = cookies.get(SESSION_COOKIE)?.value;
    if (!sessionCookie) return null;
    visitor = await verifyFirebaseSession({
      projectId,
      sessionCookie,
      checkRevoked: true,
      emulatorHost: env.FIREBASE_AUTH_EMULATOR_HOST,
    });
  }
  if (visitor) void recordActivity(visitor);
  return visitor?.userId ?? null;
}

/** Session cookies exist in Firebase mode only; local mode answers 404 (its identity cookie already does the job). */
export function assertSessionCookies(): void {
  if (getEnv().authMode !== "firebase") {
    throw new AppError(
      "not_found",
      "Session cookies are used with Firebase sign-in only; this server identifies browsers by cookie.",
    );
  }
}

/**
 * Firebase mode: exchanges a browser's ID token (verified, revocation checked)
 * for the session cookie server-rendered pages read. 401 for a token Auth refuses.
 */
export async function startSession(request: Request, idToken: string): Promise<{ identity: Identity; setCookie: string }> {
  assertSessionCookies();
  const env = getEnv();
  const projectId = firebaseProjectId(env);
  const session = await createFirebaseSession({ projectId, idToken, emulatorHost: env.FIREBASE_AUTH_EMULATOR_HOST });
  if (!session) throw signInAgain();
  return { identity: session.user, setCookie: sessionCookieHeader(session.sessionCookie, isHttps(request)) };
}

/** Set-Cookie that ends the session cookie (sign-out). */
export function endSession(request: Request): string {
  assertSessionCookies();
  return sessionCookieHeader(null, isHttps(request));
}
