import type { User } from "firebase/auth";

// Loaded with the Firebase SDK (firebase-client.ts imports it dynamically), so local mode never downloads it.

const ENDPOINT = "/api/session";
const STORAGE_KEY = "marketplan:session-token";
const TIMEOUT_MS = 10_000;

let endpoint: string | null = null;
let memory: string | null = null;
let queue: Promise<void> = Promise.resolve();

/** Node has no page to resolve "/api/session" against: tests point the sync at a test server (null resets). */
export function setSessionEndpointForTests(url: string | null): void {
  endpoint = url;
  memory = null;
}

/** A short digest of the last token sent: enough to recognise it, not the token itself. */
function fingerprint(token: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

// localStorage, so tabs sharing a user (and reloads) do not post the same token again; memory when it is unavailable.
function lastSent(): string | null {
  try {
    if (typeof localStorage !== "undefined") return localStorage.getItem(STORAGE_KEY);
  } catch {
    // storage disabled: fall through
  }
  return memory;
}

function remember(marker: string | null): void {
  memory = marker;
  try {
    if (typeof localStorage === "undefined") return;
    if (marker === null) localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, marker);
  } catch {
    // storage disabled: memory holds it for this page
  }
}

function target(): string | null {
  if (endpoint) return endpoint;
  return typeof location === "undefined" ? null : ENDPOINT;
}

async function send(url: string, user: User | null): Promise<void> {
  if (user === null) {
    // Nothing was set from this browser (a first visit before its anonymous sign-in): nothing to clear.
    if (lastSent() === null) return;
    const response = await fetch(url, { method: "DELETE", signal: AbortSignal.timeout(TIMEOUT_MS) });
    if (response.ok) remember(null);
    return;
  }
  const token = await user.getIdToken();
  const marker = fingerprint(token);
  if (lastSent() === marker) return;
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ idToken: token }),
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  await response.body?.cancel();
  // A refused token (4xx) will not be accepted later either; a network error or 5xx is retried at the next event, never in a loop.
  if (response.status < 500) remember(marker);
}

/**
 * Keeps the `__session` cookie (what server-rendered pages identify the visitor
 * by) in step with the signed-in user: posts each ID token once, and clears the
 * cookie when the user signs out. Calls run one at a time, in order, so a
 * sign-out's DELETE never lands after the next user's POST. Never throws: the
 * API works with bearer tokens either way; only server-rendered pages would not
 * know the visitor.
 */
export function syncSessionCookie(user: User | null): Promise<void> {
  const url = target();
  if (!url) return queue;
  const step = queue.then(() => send(url, user)).catch(() => undefined);
  queue = step;
  return step;
}
