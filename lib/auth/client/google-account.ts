import type { AuthCredential, User } from "firebase/auth";
import { ClientAuthError, currentUser, loadAuth, syncSession } from "./firebase-client";

/**
 * Linking failed because that Google account already belongs to another user.
 * `credential` lets the visitor switch to it instead (plans made here stay behind).
 */
export class GoogleAccountInUseError extends ClientAuthError {
  constructor(readonly credential: AuthCredential | null) {
    super(
      "That Google account is already linked to another MarketPlanAI account, so it cannot take over this one. " +
        "Your plans here stay with this browser. Switch to that account to see its plans instead.",
    );
    this.name = "GoogleAccountInUseError";
  }
}

const codeOf = (error: unknown) => (error as { code?: unknown }).code;

const MESSAGES: Record<string, string> = {
  "auth/popup-blocked": "Your browser blocked the Google sign-in window. Allow pop-ups for this site and try again.",
  "auth/operation-not-allowed": "Google sign-in is not enabled for this project.",
  "auth/network-request-failed": "Could not reach Google. Check your connection and try again.",
  "auth/unauthorized-domain": "Google sign-in is not allowed from this address. Tell whoever runs this site.",
};

// The visitor closed the window or clicked twice: nothing to report.
const CANCELLED = new Set(["auth/popup-closed-by-user", "auth/cancelled-popup-request", "auth/user-cancelled"]);

/**
 * Adds Google to the signed-in anonymous user (linkWithPopup): the uid, and so
 * every plan it owns, is kept. Resolves with the user, or null when the visitor
 * cancelled. Throws GoogleAccountInUseError when that Google account is already
 * someone's, ClientAuthError with a readable message otherwise.
 */
export async function linkGoogleAccount(): Promise<User | null> {
  const user = await currentUser();
  if (!user.isAnonymous) return user;
  const { GoogleAuthProvider, linkWithPopup } = await import("firebase/auth");
  try {
    const credential = await linkWithPopup(user, new GoogleAuthProvider());
    // The ID token the server sees must say "google.com" from now on, not "anonymous".
    await credential.user.getIdToken(true);
    await syncSession(credential.user);
    return credential.user;
  } catch (error) {
    const code = codeOf(error);
    if (typeof code === "string" && CANCELLED.has(code)) return null;
    if (code === "auth/credential-already-in-use" || code === "auth/email-already-in-use") {
      const fromError = GoogleAuthProvider.credentialFromError(
        error as Parameters<typeof GoogleAuthProvider.credentialFromError>[0],
      );
      throw new GoogleAccountInUseError(fromError);
    }
    const message = typeof code === "string" ? MESSAGES[code] : undefined;
    throw new ClientAuthError(message ?? "Google sign-in failed. Try again.", { cause: error });
  }
}

/** Signs in as the Google account that was already in use (null if cancelled); the anonymous account's plans stay with it. */
export async function switchToAccount(credential: AuthCredential | null): Promise<User | null> {
  const auth = await loadAuth();
  const { GoogleAuthProvider, signInWithCredential, signInWithPopup } = await import("firebase/auth");
  try {
    const result = credential
      ? await signInWithCredential(auth, credential)
      : await signInWithPopup(auth, new GoogleAuthProvider());
    await syncSession(result.user);
    return result.user;
  } catch (error) {
    const code = codeOf(error);
    if (typeof code === "string" && CANCELLED.has(code)) return null;
    throw new ClientAuthError((typeof code === "string" && MESSAGES[code]) || "Could not switch accounts. Try again.", {
      cause: error,
    });
  }
}

/** Signs out; the next request signs in anonymously again, as a new visitor. */
export async function signOut(): Promise<void> {
  const auth = await loadAuth();
  await auth.signOut();
  await syncSession(null);
}
