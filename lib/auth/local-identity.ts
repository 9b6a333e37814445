import "server-only";
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export const IDENTITY_COOKIE = "mp_uid";
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

const sign = (key: Buffer, userId: string) => createHmac("sha256", key).update(`identity:${userId}`).digest("base64url");

export function newUserId(): string {
  return `u_${randomBytes(16).toString("base64url")}`;
}

/** The user id in a cookie value, or null when it is missing, malformed or not signed by `key`. */
export function readIdentityCookie(key: Buffer, value: string | undefined): string | null {
  if (!value) return null;
  const dot = value.lastIndexOf(".");
  const userId = value.slice(0, dot);
  const signature = Buffer.from(value.slice(dot + 1));
  if (dot < 0 || !USER_ID.test(userId)) return null;
  const expected = Buffer.from(sign(key, userId));
  return signature.length === expected.length && timingSafeEqual(signature, expected) ? userId : null;
}

export function identityCookieHeader(key: Buffer, userId: string, secure: boolean): string {
  const attributes = [
    `${IDENTITY_COOKIE}=${userId}.${sign(key, userId)}`,
    "Path=/",
    "HttpOnly",
    "SameSite=Lax",
    `Max-Age=${MAX_AGE_SECONDS}`,
  ];
  if (secure) attributes.push("Secure");
  return attributes.join("; ");
}

export function cookieValue(header: string | null, name: string): string | undefined {
  for (const part of header?.split(";") ?? []) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return rest.join("=");
  }
  return undefined;
}
