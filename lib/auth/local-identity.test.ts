import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  cookieValue,
  IDENTITY_COOKIE,
  identityCookieHeader,
  loadIdentityKey,
  newUserId,
  readIdentityCookie,
} from "./local-identity";

describe("local identity cookie", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "marketplan-identity-"));
  const key = loadIdentityKey(dir, undefined);

  it("keeps the generated key in the data directory, private to the owner", () => {
    expect(loadIdentityKey(dir, undefined).equals(key)).toBe(true);
    expect(fs.statSync(path.join(dir, "identity-key")).mode & 0o077).toBe(0);
  });

  it("round-trips a signed user id and sets the cookie http-only and SameSite=Lax", () => {
    const userId = newUserId();
    const header = identityCookieHeader(key, userId, true);
    expect(header).toMatch(/HttpOnly; SameSite=Lax; Max-Age=\d+; Secure$/);
    const value = cookieValue(header.split(";")[0] ?? "", IDENTITY_COOKIE);
    expect(readIdentityCookie(key, value)).toBe(userId);
  });

  it("refuses tampered, foreign-key and malformed cookies", () => {
    const userId = newUserId();
    const value = cookieValue(identityCookieHeader(key, userId, false), IDENTITY_COOKIE) ?? "";
    const other = newUserId();
    expect(readIdentityCookie(key, value.replace(userId, other))).toBeNull();
    expect(readIdentityCookie(loadIdentityKey(dir, "another secret"), value)).toBeNull();
    expect(readIdentityCookie(key, `${value}x`)).toBeNull();
    expect(readIdentityCookie(key, "garbage")).toBeNull();
    expect(readIdentityCookie(key, undefined)).toBeNull();
  });
});
