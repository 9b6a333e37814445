import "server-only";
import { type Env, getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { recordActivity } from "@/lib/users/activity";
import { bearerToken, createFirebaseSession, verifyFirebaseSession, verifyFirebaseToken } from "./firebase-identity";
import {
  cookieValue,
  IDENTITY_COOKIE,
  identityCookieHeader,
  loadIdentityKey,
  newUserId,
  readIdentityCookie,
} from "./local-identity";
import { SESSION_COOKIE, sessionCookieHeader } from "./session-cookie";

export interface Identity {
  userId: string;
  kind: "anonymous" | "registered";
  /** A Set-Cookie header to send when a new local identity was issued. */
  setCookie?: string;
}

let identityKey: Buffer | undefined;
function key(): Buffer {
  const env = getEnv();
  identityKey ??= loadIdentityKey(env.dataDir, env.APP_SECRET);
  return identityKey;
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
  const existing = readIdentityCookie(key(), cookieValue(request.headers.get("cookie"), IDENTITY_COOKIE));
  if (existing) return { userId: existing, kind: "anonymous" };
  const userId = newUserId();
  return { userId, kind: "anonymous", setCookie: identityCookieHeader(key(), userId, isHttps(request)) };
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

const signInAgain = () =>
  new AppError("unauthorized", "Sign in again: your session is missing or has expired.", {
    headers: { "www-authenticate": 'Bearer realm="marketplanai"' },
  });

/** Like identify, but a caller without an identity gets 401 with a way forward. */
export async function requireIdentity(request: Request, options: { write: boolean }): Promise<Identity> {
  const identity = await identify(request, options);
  if (!identity) throw signInAgain();
  // Last activity drives the 90-day clean-up of anonymous users (and, later, active-user counts).
  // Not awaited: a slow or unreachable store must not hold up the request (it never throws).
  // A visitor given a fresh identity by a mere read (a crawler, a curl) is not worth a user record yet.
  if (options.write || !identity.setCookie) void recordActivity(identity);
  return identity;
}

/** The cookies of a server component's request: what `await cookies()` from next/headers returns. */
export interface PageCookies {
  get(name: string): { value: string } | undefined;
}

/**
 * The user id of a server-rendered page's visitor, or null (pages cannot set
 * cookies, so a first visit is nobody yet). Local mode: the signed identity
 * cookie. Firebase mode: the `__session` cookie the browser got from POST
 * /api/session, revocation not checked (a page only reads). Auth being
 * unreachable throws: an outage must not look like "no such plan".
 */
export async function identifyPageVisitor(cookies: PageCookies): Promise<string | null> {
  const env = getEnv();
  if (env.authMode === "local") return readIdentityCookie(key(), cookies.get(IDENTITY_COOKIE)?.value);
  const projectId = firebaseProjectId(env);
  const sessionCookie = cookies.get(SESSION_COOKIE)?.value;
  if (!sessionCookie) return null;
  const user = await verifyFirebaseSession({ projectId, sessionCookie, emulatorHost: env.FIREBASE_AUTH_EMULATOR_HOST });
  return user?.userId ?? null;
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
