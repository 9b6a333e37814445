import "server-only";
import { SESSION_LIFETIME_SECONDS } from "./firebase-identity";

/**
 * The Firebase session cookie that server-rendered pages identify the visitor by.
 * Firebase Hosting and App Hosting's CDN strip every other cookie from requests,
 * so the name is not ours to choose (and cannot take the `__Host-` prefix).
 */
export const SESSION_COOKIE = "__session";

/** Set-Cookie for a new session cookie, or one that deletes it (`value` null). */
export function sessionCookieHeader(value: string | null, secure: boolean): string {
  const attributes = [
    `${SESSION_COOKIE}=${value ?? ""}`,
    "Path=/",
    "HttpOnly",
    "SameSite=Lax",
    `Max-Age=${value === null ? 0 : SESSION_LIFETIME_SECONDS}`,
  ];
  if (secure) attributes.push("Secure");
  return attributes.join("; ");
}
