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
  "auth/user-disabled",
  "auth/user-not-found",
]);
const KEY_FETCH_FAILED = /Error fetching public keys/i;

function isRefusal(error: unknown): boolean {
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code !== "string" || !REFUSED.has(code)) return false;
  return !(typeof message === "string" && KEY_FETCH_FAILED.test(message));
}

/**
 * Header and payload decode to JSON objects. firebase-admin throws a bare
 * SyntaxError for a payload that does not (a 500 for any forged token), so those
 * are refused here before it sees them.
 */
function decodes(idToken: string): boolean {
  const parts = idToken.split(".");
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

/** The token in `Authorization: Bearer <token>`, or null when the header is missing or not a plausible JWT. */
export function bearerToken(header: string | null): string | null {
  const match = /^Bearer ([A-Za-z0-9._-]{20,4096})$/i.exec(header?.trim() ?? "");
  return match?.[1] ?? null;
}
