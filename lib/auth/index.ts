import "server-only";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { bearerToken, verifyFirebaseToken } from "./firebase-identity";
import {
  cookieValue,
  IDENTITY_COOKIE,
  identityCookieHeader,
  loadIdentityKey,
  newUserId,
  readIdentityCookie,
} from "./local-identity";

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
    if (!env.projectId) {
      // Every caller would get 401 with no hint why; a misconfigured server should say so.
      throw new Error("AUTH_MODE=firebase needs a project id: set FIREBASE_PROJECT_ID (or GOOGLE_CLOUD_PROJECT)");
    }
    if (!idToken) return null;
    return verifyFirebaseToken({
      projectId: env.projectId,
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

/** Secure cookies whenever the browser reached us over HTTPS (directly or through App Hosting's proxy). */
function isHttps(request: Request): boolean {
  return (
    request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https" || new URL(request.url).protocol === "https:"
  );
}

/** The server's secret key (APP_SECRET, or the one generated into the data directory), for signing. */
export function identityKeyForSigning(): Buffer {
  return key();
}

/** Like identify, but a caller without an identity gets 401 with a way forward. */
export async function requireIdentity(request: Request, options: { write: boolean }): Promise<Identity> {
  const identity = await identify(request, options);
  if (!identity) {
    throw new AppError("unauthorized", "Sign in again: your session is missing or has expired.", {
      headers: { "www-authenticate": 'Bearer realm="marketplanai"' },
    });
  }
  return identity;
}

/** The identity of a server-rendered page's visitor, from the cookie only (pages cannot set cookies). */
export function identifyFromCookieValue(value: string | undefined): string | null {
  return getEnv().authMode === "local" ? readIdentityCookie(key(), value) : null;
}
