import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  cookieValue,
  IDENTITY_COOKIE,
  identityCookieHeader,
  identityFromCookies,
  keyId,
  loadIdentityKey,
  newUserId,
  readIdentityCookie,
  SECURE_IDENTITY_COOKIE,
} from "./local-identity";

const DAY_MS = 24 * 3600 * 1000;
const cookieIn = (header: string, name: string) => cookieValue(header.split(";")[0] ?? "", name) ?? "";

describe("local identity cookie", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "marketplan-identity-"));
  const key = loadIdentityKey(dir, undefined);
  const keys = { current: key };

  it("keeps the generated key in the data directory, private to the owner", () => {
    expect(loadIdentityKey(dir, undefined).equals(key)).toBe(true);
    expect(fs.statSync(path.join(dir, "identity-key")).mode & 0o077).toBe(0);
  });

  it("round-trips a signed user id with its key id and issue time; __Host- and Secure over HTTPS", () => {
    const userId = newUserId();
    const now = Date.now();
    const header = identityCookieHeader(key, userId, true, now);
    expect(header).toMatch(/^__Host-mp_uid=[^;]+; Path=\/; HttpOnly; SameSite=Lax; Max-Age=\d+; Secure$/);
    const value = cookieIn(header, SECURE_IDENTITY_COOKIE);
    expect(value.split(".")).toEqual([userId, keyId(key), String(Math.floor(now / 1000)), expect.any(String)]);
    expect(readIdentityCookie(keys, value)).toEqual({ userId, issuedAt: Math.floor(now / 1000), renew: false });
    expect(identityCookieHeader(key, userId, false)).toMatch(/^mp_uid=/);
    expect(identityCookieHeader(key, userId, false)).not.toMatch(/Secure/);
  });

  it("refuses tampered, foreign-key, future, expired and malformed cookies", () => {
    const userId = newUserId();
    const value = cookieIn(identityCookieHeader(key, userId, false), IDENTITY_COOKIE);
    const [, kid, issued, signature] = value.split(".");
    const refused = [
      value.replace(userId, newUserId()),
      `${userId}.${kid}.${Number(issued) - 1}.${signature}`,
      `${userId}.00000000.${issued}.${signature}`,
      `${value}x`,
      `${value}.extra`,
      "garbage",
      "",
      "u_.a.b.c",
      `${userId}.${kid}.1e9.${signature}`,
      "x".repeat(5000),
    ];
    for (const candidate of refused) expect(readIdentityCookie(keys, candidate), candidate).toBeNull();
    expect(readIdentityCookie({ current: loadIdentityKey(dir, "another secret, long enough to be one") }, value)).toBeNull();
    expect(readIdentityCookie(keys, undefined)).toBeNull();
    const future = cookieIn(identityCookieHeader(key, userId, false, Date.now() + DAY_MS), IDENTITY_COOKIE);
    expect(readIdentityCookie(keys, future)).toBeNull();
    const ancient = cookieIn(identityCookieHeader(key, userId, false, Date.now() - 401 * DAY_MS), IDENTITY_COOKIE);
    expect(readIdentityCookie(keys, ancient)).toBeNull();
  });

  it("during a rotation accepts the previous key's cookies and asks for them to be re-issued", () => {
    const oldKey = Buffer.from("the secret before the rotation, 32+ characters", "utf8");
    const newKey = Buffer.from("the secret after the rotation, also 32+ characters", "utf8");
    const userId = newUserId();
    const old = cookieIn(identityCookieHeader(oldKey, userId, false), IDENTITY_COOKIE);
    expect(readIdentityCookie({ current: newKey }, old), "without the previous key the plans are orphaned").toBeNull();
    expect(readIdentityCookie({ current: newKey, previous: oldKey }, old)).toMatchObject({ userId, renew: true });
  });

  it("reads the cookies issued before key ids (`<userId>.<signature>`), by either key, and renews them", async () => {
    const { createHmac } = await import("node:crypto");
    const userId = newUserId();
    const legacy = `${userId}.${createHmac("sha256", key).update(`identity:${userId}`).digest("base64url")}`;
    expect(readIdentityCookie(keys, legacy)).toEqual({ userId, issuedAt: null, renew: true });
    expect(readIdentityCookie({ current: Buffer.from("x".repeat(32)), previous: key }, legacy)).toMatchObject({ userId });
    expect(readIdentityCookie({ current: Buffer.from("x".repeat(32)) }, legacy)).toBeNull();
  });

  it("renews a week-old cookie so an active browser never reaches the expiry", () => {
    const userId = newUserId();
    const weekOld = cookieIn(identityCookieHeader(key, userId, false, Date.now() - 8 * DAY_MS), IDENTITY_COOKIE);
    expect(readIdentityCookie(keys, weekOld)).toMatchObject({ userId, renew: true });
  });

  it("prefers the __Host- cookie, and over HTTPS renews one that still has the old name", () => {
    const mine = newUserId();
    const planted = newUserId();
    const hosted = cookieIn(identityCookieHeader(key, mine, true), SECURE_IDENTITY_COOKIE);
    const plain = cookieIn(identityCookieHeader(key, planted, false), IDENTITY_COOKIE);
    const both: Record<string, string> = { [SECURE_IDENTITY_COOKIE]: hosted, [IDENTITY_COOKIE]: plain };
    expect(identityFromCookies(keys, (name) => both[name], true)?.userId).toBe(mine);
    const onlyPlain: Record<string, string> = { [IDENTITY_COOKIE]: plain };
    expect(identityFromCookies(keys, (name) => onlyPlain[name], true)).toMatchObject({ userId: planted, renew: true });
    expect(identityFromCookies(keys, (name) => onlyPlain[name], false)).toMatchObject({ userId: planted, renew: false });
  });
});
