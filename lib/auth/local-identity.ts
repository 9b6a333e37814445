import "server-only";
import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export const IDENTITY_COOKIE = "mp_uid";
export const SECURE_IDENTITY_COOKIE = "__Host-mp_uid";
const USER_ID = /^u_[A-Za-z0-9_-]{22}$/;
const MAX_AGE_SECONDS = 400 * 24 * 3600; // the longest lifetime browsers honour

/**
 * The HMAC key that signs identity cookies and unsaved plans: APP_SECRET when set
 * (several instances must share it), else generated once into the data
 * directory. Two processes starting together agree: only one create wins.
 */
export function loadIdentityKey(dataDir: string, secret: string | undefined): Buffer {
  if (secret) return Buffer.from(secret, "utf8");
  const file = path.join(dataDir, "identity-key");
  fs.mkdirSync(dataDir, { recursive: true });
  try {
    fs.writeFileSync(file, randomBytes(32).toString("hex"), { flag: "wx", mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  const key = fs.readFileSync(file, "utf8").trim();
  if (!/^[0-9a-f]{64}$/.test(key)) throw new Error(`${file} is not a 32-byte hex key; delete it to make a new one`);
  return Buffer.from(key, "hex");
}

/** The server's signing keys: the current one signs, the previous one (during a rotation) is still accepted. */
export interface IdentityKeys {
  current: Buffer;
  previous?: Buffer;
}

/** Names a key in the cookie without revealing anything about it. */
export function keyId(key: Buffer): string {
  return createHash("sha256").update("marketplan-key-id:").update(key).digest("hex").slice(0, 8);
}

const signV2 = (key: Buffer, userId: string, issuedAt: number) =>
  createHmac("sha256", key)
    .update(`identity:v2:${userId}:${keyId(key)}:${issuedAt}`)
    .digest("base64url");
// Cookies issued before key ids: `<userId>.<signature>`.
const signLegacy = (key: Buffer, userId: string) => createHmac("sha256", key).update(`identity:${userId}`).digest("base64url");

const sameText = (a: string, b: string) => {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
};

export function newUserId(): string {
  return `u_${randomBytes(16).toString("base64url")}`;
}

export interface IdentityCookie {
  userId: string;
  /** Seconds since the epoch; null for a cookie from before issue times. */
  issuedAt: number | null;
  /** Signed with the previous key, in the old format or a week old: worth re-issuing with the current key. */
  renew: boolean;
}

const CLOCK_SKEW_SECONDS = 300;
const RENEW_AFTER_SECONDS = 7 * 24 * 3600;

/**
 * The identity in a cookie value, or null when it is missing, malformed, not
 * signed by one of `keys`, issued in the future or older than a cookie may live.
 * Format: `<userId>.<keyId>.<issuedAt>.<signature>`; the old `<userId>.<signature>`
 * is still read so that upgrading the server keeps everyone's plans.
 */
export function readIdentityCookie(keys: IdentityKeys, value: string | undefined, now = Date.now()): IdentityCookie | null {
  if (!value || value.length > 200) return null;
  const parts = value.split(".");
  const [userId = "", ...rest] = parts;
  if (!USER_ID.test(userId)) return null;
  const candidates = keys.previous ? [keys.current, keys.previous] : [keys.current];
  if (rest.length === 1) {
    const key = candidates.find((k) => sameText(rest[0] ?? "", signLegacy(k, userId)));
    return key ? { userId, issuedAt: null, renew: true } : null;
  }
  if (rest.length !== 3) return null;
  const [kid = "", issued = "", signature = ""] = rest;
  if (!/^\d{1,12}$/.test(issued)) return null;
  const issuedAt = Number(issued);
  const nowSeconds = Math.floor(now / 1000);
  if (issuedAt > nowSeconds + CLOCK_SKEW_SECONDS || nowSeconds - issuedAt > MAX_AGE_SECONDS) return null;
  const key = candidates.find((k) => keyId(k) === kid);
  if (!key || !sameText(signature, signV2(key, userId, issuedAt))) return null;
  // Re-issued with the current key, and now and then for everyone active, so active browsers never reach the expiry.
  return { userId, issuedAt, renew: key !== keys.current || nowSeconds - issuedAt > RENEW_AFTER_SECONDS };
}

/**
 * The cookie's name: `__Host-` over HTTPS, so that no subdomain and no plain
 * HTTP page can set or overwrite it (browsers accept that prefix only with
 * Secure, Path=/ and no Domain); the plain name over HTTP (local development).
 */
export const identityCookieName = (secure: boolean) => (secure ? SECURE_IDENTITY_COOKIE : IDENTITY_COOKIE);

export function identityCookieHeader(key: Buffer, userId: string, secure: boolean, now = Date.now()): string {
  const issuedAt = Math.floor(now / 1000);
  const attributes = [
    `${identityCookieName(secure)}=${userId}.${keyId(key)}.${issuedAt}.${signV2(key, userId, issuedAt)}`,
    "Path=/",
    "HttpOnly",
    "SameSite=Lax",
    `Max-Age=${MAX_AGE_SECONDS}`,
  ];
  if (secure) attributes.push("Secure");
  return attributes.join("; ");
}

/**
 * The identity in a request's cookies: the `__Host-` cookie first, then the
 * plain one (every cookie set before the prefix, and local HTTP development).
 * `renew` is also set when an HTTPS request still carries only the old name.
 */
export function identityFromCookies(
  keys: IdentityKeys,
  get: (name: string) => string | undefined,
  secure: boolean,
): IdentityCookie | null {
  const hosted = readIdentityCookie(keys, get(SECURE_IDENTITY_COOKIE));
  if (hosted) return hosted;
  const plain = readIdentityCookie(keys, get(IDENTITY_COOKIE));
  return plain && secure ? { ...plain, renew: true } : plain;
}

export function cookieValue(header: string | null, name: string): string | undefined {
  for (const part of header?.split(";") ?? []) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return rest.join("=");
  }
  return undefined;
}
