import "server-only";
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import { publicOrigin } from "@/lib/http/public-origin";

/**
 * The /ops dashboard's session: the SRE pastes the ops token once, and the
 * browser keeps `<expiry>.<HMAC>` in an http-only, SameSite=Strict cookie.
 * The HMAC key is derived from the token, so the raw token never sits in the
 * cookie and a rotated token ends every session at once.
 */
export const OPS_SESSION_COOKIE = "marketplan_ops";
export const OPS_SESSION_TTL_MS = 12 * 60 * 60_000;

const sessionKey = (token: string) => createHash("sha256").update(`marketplan-ops-session:${token}`, "utf8").digest();
const sign = (token: string, expires: number) =>
  createHmac("sha256", sessionKey(token)).update(`v1.${expires}`, "utf8").digest("base64url");

export function createOpsSession(token: string, now: number = Date.now()): string {
  const expires = now + OPS_SESSION_TTL_MS;
  return `${expires}.${sign(token, expires)}`;
}

/** True when `value` was made by createOpsSession with this token and has not expired; constant-time. */
export function isValidOpsSession(value: string | undefined, token: string, now: number = Date.now()): boolean {
  const match = value?.match(/^(\d{13})\.([A-Za-z0-9_-]{43})$/);
  if (!match?.[1] || !match[2]) return false;
  const expires = Number(match[1]);
  if (!(expires > now) || expires > now + OPS_SESSION_TTL_MS) return false;
  return timingSafeEqual(Buffer.from(match[2]), Buffer.from(sign(token, expires)));
}

/** One cookie's value from a request's Cookie header. */
export function readCookie(request: Request, name: string): string | undefined {
  for (const part of request.headers.get("cookie")?.split(";") ?? []) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return rest.join("=");
  }
  return undefined;
}

const secureFlag = (request: Request) => (publicOrigin(request).startsWith("https:") ? "; Secure" : "");

export function opsSessionCookie(request: Request, value: string): string {
  const maxAge = Math.floor(OPS_SESSION_TTL_MS / 1000);
  return `${OPS_SESSION_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAge}${secureFlag(request)}`;
}

export function clearedOpsSessionCookie(request: Request): string {
  return `${OPS_SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0${secureFlag(request)}`;
}

/**
 * A browser sends Origin on every POST; a cookie-authenticated change must
 * come from this site's own pages (SameSite=Strict already stops most
 * cross-site requests; this also covers same-site sibling hosts).
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  return origin !== null && origin === publicOrigin(request);
}
