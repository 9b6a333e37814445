import type { FirebaseApp } from "firebase/app";
import type { Auth, User } from "firebase/auth";
import type { ClientAuthSettings } from "@/lib/auth/public-config";

/** Sign-in could not happen: not configured, or Firebase Auth unreachable. The message is for the user. */
export class ClientAuthError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "ClientAuthError";
  }
}

let settings: ClientAuthSettings = { mode: "local", firebase: null };
let appPromise: Promise<FirebaseApp> | null = null;
let authPromise: Promise<Auth> | null = null;
let signInPromise: Promise<User> | null = null;
// Auth instances whose ID token changes already update the session cookie (once each, however often loadAuth runs).
const syncing = new WeakSet<Auth>();

/**
 * Set once from the root layout (through AuthProvider). Until then, and in local
 * mode, requests go out as plain fetch with the identity cookie.
 */
export function configureClientAuth(next: ClientAuthSettings): void {
  if (JSON.stringify(next) === JSON.stringify(settings)) return;
  settings = next;
  appPromise = null;
  authPromise = null;
  signInPromise = null;
}

export function clientAuthSettings(): ClientAuthSettings {
  return settings;
}

/** The Firebase app of this page's config, loading `firebase/app` on first use (Auth and Performance share it). */
export function loadFirebaseApp(): Promise<FirebaseApp> {
  const config = settings.firebase;
  if (settings.mode !== "firebase" || !config) return Promise.reject(new ClientAuthError("Firebase is not used in this mode."));
  if (!appPromise) {
    // The default app: Performance Monitoring refuses to start on a named one.
    const loading = import("firebase/app").then(({ getApp, getApps, initializeApp }) => {
      const options = { apiKey: config.apiKey, authDomain: config.authDomain, projectId: config.projectId, appId: config.appId };
      return getApps().length > 0 ? getApp() : initializeApp(options);
    });
    appPromise = loading;
    loading.catch(() => {
      if (appPromise === loading) appPromise = null;
    });
  }
  return appPromise;
}

/**
 * The Firebase Auth instance, loading the SDK on first use only: local mode never
 * downloads it, and Firebase mode fetches it after the page is interactive.
 */
export function loadAuth(): Promise<Auth> {
  if (settings.mode !== "firebase") return Promise.reject(new ClientAuthError("Firebase sign-in is not used in this mode."));
  const config = settings.firebase;
  if (!config) {
    return Promise.reject(new ClientAuthError("Sign-in is not configured on this server. Tell whoever runs it."));
  }
  if (!authPromise) {
    const loading = (async () => {
      const [app, { connectAuthEmulator, getAuth, onIdTokenChanged }, { syncSessionCookie }] = await Promise.all([
        loadFirebaseApp(),
        import("firebase/auth"),
        import("./session-sync"),
      ]);
      const auth = getAuth(app);
      if (config.authEmulatorHost && !auth.emulatorConfig) {
        connectAuthEmulator(auth, `http://${config.authEmulatorHost}`, { disableWarnings: true });
      }
      if (!syncing.has(auth)) {
        syncing.add(auth);
        // Fires for the restored user, then on every sign-in, sign-out and token refresh: the cookie follows.
        onIdTokenChanged(auth, (user) => void syncSessionCookie(user));
      }
      return auth;
    })();
    authPromise = loading;
    // A failed chunk load (offline for a moment) must not poison every later call.
    loading.catch(() => {
      if (authPromise === loading) authPromise = null;
    });
  }
  return authPromise;
}

/** The signed-in user; the first call in a browser without one signs in anonymously. */
export async function currentUser(): Promise<User> {
  const auth = await loadAuth();
  await auth.authStateReady();
  if (auth.currentUser) return auth.currentUser;
  if (!signInPromise) {
    const signingIn = import("firebase/auth")
      .then(({ signInAnonymously }) => signInAnonymously(auth))
      .catch((error: unknown) => {
        throw new ClientAuthError("Could not sign in. Check your connection and try again.", { cause: error });
      })
      // The cookie is set before the first request goes out, so a page opened next knows the visitor.
      .then(async (credential) => {
        await syncSession(credential.user);
        return credential.user;
      })
      .finally(() => {
        if (signInPromise === signingIn) signInPromise = null;
      });
    signInPromise = signingIn;
  }
  return signInPromise;
}

/** Sets (or, signed out, clears) the session cookie for `user` now, if its current token was not sent yet. Never throws. */
export async function syncSession(user: User | null): Promise<void> {
  if (settings.mode !== "firebase") return;
  try {
    const { syncSessionCookie } = await import("./session-sync");
    await syncSessionCookie(user);
  } catch {
    // The chunk did not load (offline for a moment): the API still works with bearer tokens.
  }
}

/** The current ID token in Firebase mode (refreshed by the SDK before it expires); null in local mode. */
export async function getIdToken(options: { forceRefresh?: boolean } = {}): Promise<string | null> {
  if (settings.mode === "local") return null;
  const user = await currentUser();
  try {
    return await user.getIdToken(options.forceRefresh);
  } catch (error) {
    throw new ClientAuthError("Your session could not be renewed. Reload the page to continue.", { cause: error });
  }
}

// A body that can be sent twice (a stream cannot).
const replayable = (body: RequestInit["body"]) => body === undefined || body === null || typeof body === "string";

/**
 * fetch for the app's own API. Local mode: plain fetch (the identity cookie goes
 * along). Firebase mode: adds `Authorization: Bearer <ID token>`, and after a 401
 * retries once with a freshly minted token (it may have been revoked or have
 * expired while the tab slept).
 */
export async function authorizedFetch(input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> {
  if (settings.mode === "local") return fetch(input, init);
  const withToken = (token: string) => {
    const headers = new Headers(init.headers ?? (input instanceof Request ? input.headers : undefined));
    headers.set("authorization", `Bearer ${token}`);
    return { ...init, headers };
  };
  const token = await getIdToken();
  const response = await fetch(input, withToken(token ?? ""));
  if (response.status !== 401 || !replayable(init.body)) return response;
  let fresh: string | null;
  try {
    fresh = await getIdToken({ forceRefresh: true });
  } catch {
    return response;
  }
  if (!fresh || fresh === token) return response;
  await response.body?.cancel();
  return fetch(input, withToken(fresh));
}
