import "server-only";
import { type App, getApps, initializeApp } from "firebase-admin/app";
import { getAuth } from "firebase-admin/auth";

export interface FirebaseUser {
  userId: string;
  kind: "anonymous" | "registered";
}

const APP_NAME = "marketplan-auth";

function authFor(projectId: string) {
  const app: App = getApps().find((a) => a.name === APP_NAME) ?? initializeApp({ projectId }, APP_NAME);
  return getAuth(app);
}

/**
 * Verifies a Firebase ID token (signature, expiry, audience). Revocation costs
 * a round trip to Auth, so it is checked only for writes. Returns null for any
 * token that does not verify: the caller treats that as "no identity".
 */
export async function verifyFirebaseToken(args: {
  projectId: string;
  idToken: string;
  checkRevoked: boolean;
}): Promise<FirebaseUser | null> {
  try {
    const decoded = await authFor(args.projectId).verifyIdToken(args.idToken, args.checkRevoked);
    return { userId: decoded.uid, kind: decoded.firebase.sign_in_provider === "anonymous" ? "anonymous" : "registered" };
  } catch (error) {
    // auth/* codes mean the token is bad (expired, revoked, forged); anything else is Auth being unreachable.
    const code = (error as { code?: unknown }).code;
    if (typeof code === "string" && code.startsWith("auth/")) return null;
    throw error;
  }
}

export function bearerToken(header: string | null): string | null {
  const match = /^Bearer ([A-Za-z0-9._-]{20,4096})$/.exec(header ?? "");
  return match?.[1] ?? null;
}
