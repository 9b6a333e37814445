import "server-only";
import { type App, getApps, initializeApp } from "firebase-admin/app";
import { type DecodedIdToken, getAuth } from "firebase-admin/auth";

export interface FirebaseUser {
  userId: string;
  kind: "anonymous" | "registered";
}

/**
 * One firebase-admin app per project and Auth endpoint. firebase-admin decides
 * "emulator or Google" when an Auth instance is created (it reads
 * FIREBASE_AUTH_EMULATOR_HOST itself), so an app made for one must not serve the other.
 */
function authFor(projectId: string, emulatorHost: string | undefined) {
  const name = `marketplan-auth:${projectId}:${emulatorHost ?? "google"}`;
  const app: App = getApps().find((a) => a.name === name) ?? initializeApp({ projectId }, name);
  return getAuth(app);
}

// What firebase-admin says about a token or its user, as opposed to Auth (or Google's
// public keys) being unreachable. A key-fetch failure also comes back as auth/argument-error,
// so it is told apart by its message: an outage must not look like "sign in again".
const REFUSED = new Set([
  "auth/argument-error",
  "auth/id-token-expired",
  "auth/id-token-revoked",
  "auth/invalid-id-token",
  "auth/session-cookie-expired",
  "auth/session-cookie-revoked",
  "auth/user-disabled",
  "auth/user-not-found",
]);
const KEY_FETCH_FAILED = /Error fetching public keys/i;

function isRefusal(error: unknown): boolean {
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code !== "string" || !REFUSED.has(code)) return false;
  return !(typeof message === "string" && KEY_FETCH_FAILED.test(message));
}

// ID tokens and session cookies are about 1 KB; custom claims are capped at 1,000 bytes.
const MAX_JWT_CHARS = 4096;

/**
 * Header and payload decode to JSON objects. firebase-admin throws a bare
 * SyntaxError for a payload that does not (a 500 for any forged token), so those
 * are refused here before it sees them.
 */
function decodes(jwt: string): boolean {
  if (jwt.length > MAX_JWT_CHARS) return false;
  const parts = jwt.split(".");
  if (parts.length !== 3) return false;
  return parts.slice(0, 2).every((part) => {
    try {
      const value: unknown = JSON.parse(Buffer.from(part, "base64url").toString("utf8"));
      return typeof value === "object" && value !== null && !Array.isArray(value);
    } catch {
      return false;
    }
  });
}

function kindOf(decoded: DecodedIdToken): FirebaseUser["kind"] {
  return decoded.firebase.sign_in_provider === "anonymous" ? "anonymous" : "registered";
}

/**
 * Verifies a Firebase ID token (signature, expiry, audience, issuer). Revocation
 * costs a round trip to Auth, so it is checked only for writes; against the
 * emulator firebase-admin checks it on every call (and skips signatures, which
 * emulator tokens do not have). Returns null for any token that does not verify:
 * the caller treats that as "no identity". Auth being unreachable throws.
 */
export async function verifyFirebaseToken(args: {
  projectId: string;
  idToken: string;
  checkRevoked: boolean;
  emulatorHost?: string;
}): Promise<FirebaseUser | null> {
  if (!decodes(args.idToken)) return null;
  try {
    const decoded = await authFor(args.projectId, args.emulatorHost).verifyIdToken(args.idToken, args.checkRevoked);
    return { userId: decoded.uid, kind: kindOf(decoded) };
  } catch (error) {
    if (isRefusal(error)) return null;
    throw new Error("Firebase Auth could not verify the ID token", { cause: error });
  }
}

/** How long a session cookie lasts (Firebase allows 5 minutes to 2 weeks); the browser renews it with every new ID token. */
export const SESSION_LIFETIME_SECONDS = 5 * 24 * 3600;

/**
 * Exchanges an ID token for a Firebase session cookie, after verifying the token
 * with revocation checked. Null when Auth refuses the token; Auth being
 * unreachable throws.
 */
export async function createFirebaseSession(args: {
  projectId: string;
  idToken: string;
  emulatorHost?: string;
}): Promise<{ user: FirebaseUser; sessionCookie: string } | null> {
  const user = await verifyFirebaseToken({ ...args, checkRevoked: true });
  if (!user) return null;
  try {
    const auth = authFor(args.projectId, args.emulatorHost);
    const sessionCookie = await auth.createSessionCookie(args.idToken, { expiresIn: SESSION_LIFETIME_SECONDS * 1000 });
    return { user, sessionCookie };
  } catch (error) {
    if (isRefusal(error)) return null;
    throw new Error("Firebase Auth could not create a session cookie", { cause: error });
  }
}

/**
 * Verifies a Firebase session cookie (signature, expiry, audience, issuer) and,
 * with `checkRevoked`, that the user is neither disabled nor signed out
 * everywhere (one round trip to Auth). Null for any cookie that does not
 * verify; Auth (or its public keys) being unreachable throws.
 */
export async function verifyFirebaseSession(args: {
  projectId: string;
  sessionCookie: string;
  checkRevoked: boolean;
  emulatorHost?: string;
}): Promise<FirebaseUser | null> {
  if (!decodes(args.sessionCookie)) return null;
  try {
    const auth = authFor(args.projectId, args.emulatorHost);
    const decoded = await auth.verifySessionCookie(args.sessionCookie, args.checkRevoked);
    return { userId: decoded.uid, kind: kindOf(decoded) };
  } catch (error) {
    if (isRefusal(error)) return null;
    throw new Error("Firebase Auth could not verify the session cookie", { cause: error });
  }
}

/** The token in `Authorization: Bearer <token>`, or null when the header is missing or not a plausible JWT. */
export function bearerToken(header: string | null): string | null {
  const match = /^Bearer ([A-Za-z0-9._-]{20,4096})$/i.exec(header?.trim() ?? "");
  return match?.[1] ?? null;
}
