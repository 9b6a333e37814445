/**
 * The security headers of every response, and the page Content-Security-Policy.
 * Pure functions of what the proxy (proxy.ts) knows about the request, so they
 * are tested without a server.
 */

export interface CspSources {
  /** A fresh random value per request; Next.js puts it on every script it renders. */
  nonce: string;
  /** `next dev` evaluates code for its error overlay, so it needs 'unsafe-eval'; a build never does. */
  development: boolean;
  /** The browser's Sentry DSN (NEXT_PUBLIC_SENTRY_DSN): its origin receives the envelopes. */
  sentryDsn?: string;
  /** Firebase mode: the browser's Auth settings (emulator host, auth domain for Google sign-in). */
  firebase?: { authDomain: string; authEmulatorHost?: string; performance?: boolean } | null;
}

/** Firebase Auth's REST hosts: sign-in, token refresh, account lookup. */
const FIREBASE_AUTH_HOSTS = [
  "https://identitytoolkit.googleapis.com",
  "https://securetoken.googleapis.com",
  "https://www.googleapis.com",
];

/** Firebase Performance Monitoring's: the installation id, its remote settings, and where it sends traces. */
const FIREBASE_PERFORMANCE_HOSTS = [
  "https://firebaseinstallations.googleapis.com",
  "https://firebaseremoteconfig.googleapis.com",
  "https://firebaselogging.googleapis.com",
  "https://firebaselogging-pa.googleapis.com",
];

function originOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.origin : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The pages' policy. Scripts run only with this request's nonce; 'strict-dynamic'
 * lets those scripts load their own chunks (the Sentry SDK, Firebase's Google
 * sign-in helper), so no host list of scripts is needed. Styles allow inline
 * `style` attributes (React renders some); scripts never run inline without the nonce.
 */
export function contentSecurityPolicy(sources: CspSources): string {
  const connect = new Set(["'self'"]);
  const frames = new Set<string>();
  const sentry = originOf(sources.sentryDsn);
  if (sentry) connect.add(sentry);
  if (sources.firebase) {
    for (const host of FIREBASE_AUTH_HOSTS) connect.add(host);
    if (sources.firebase.authEmulatorHost) connect.add(`http://${sources.firebase.authEmulatorHost}`);
    if (sources.firebase.performance) for (const host of FIREBASE_PERFORMANCE_HOSTS) connect.add(host);
    // Google sign-in opens the auth domain's handler in a popup and a hidden iframe.
    frames.add(`https://${sources.firebase.authDomain}`);
    frames.add("https://apis.google.com");
  }
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    ["script-src", "'self'", `'nonce-${sources.nonce}'`, "'strict-dynamic'", ...(sources.development ? ["'unsafe-eval'"] : [])],
    ["style-src", "'self'", "'unsafe-inline'"],
    ["img-src", "'self'", "blob:", "data:"],
    ["font-src", "'self'"],
    ["connect-src", ...connect],
    // Sentry's session replay compresses in a worker it builds from a blob.
    ["worker-src", "'self'", "blob:"],
    ["frame-src", ...(frames.size > 0 ? frames : ["'none'"])],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'"],
    ["frame-ancestors", "'none'"],
  ];
  return directives.map((parts) => parts.join(" ")).join("; ");
}

/** API answers are data, never documents: nothing may run or be framed in them. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'";

const TWO_YEARS_SECONDS = 2 * 365 * 24 * 3600;

/**
 * Headers for every response. HSTS only from a production server reached over
 * HTTPS: browsers ignore it over plain HTTP, and a developer's localhost must
 * not be pinned to HTTPS for two years.
 */
export function securityHeaders(options: { production: boolean; https: boolean }): Record<string, string> {
  return {
    "x-content-type-options": "nosniff",
    "referrer-policy": "strict-origin-when-cross-origin",
    "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    "x-frame-options": "DENY",
    "cross-origin-opener-policy": "same-origin-allow-popups",
    ...(options.production && options.https
      ? { "strict-transport-security": `max-age=${TWO_YEARS_SECONDS}; includeSubDomains` }
      : {}),
  };
}

/** 128 random bits, base64: unguessable per response. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
