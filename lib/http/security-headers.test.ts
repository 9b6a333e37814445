import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce, securityHeaders } from "./security-headers";

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp.split(";").map((part) => {
      const [name = "", ...values] = part.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

describe("contentSecurityPolicy", () => {
  it("runs scripts only with the nonce, never inline or eval in a build, and cannot be framed", () => {
    const csp = directives(contentSecurityPolicy({ nonce: "abc123", development: false }));
    expect(csp.get("script-src")).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"]);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'self'"]);
    expect(csp.get("connect-src")).toEqual(["'self'"]);
    expect(csp.get("frame-src")).toEqual(["'none'"]);
    expect([...csp.values()].flat()).not.toContain("'unsafe-eval'");
  });

  it("next dev gets 'unsafe-eval' for its error overlay", () => {
    expect(directives(contentSecurityPolicy({ nonce: "n", development: true })).get("script-src")).toContain("'unsafe-eval'");
  });

  it("lets the browser reach the Sentry ingest of its DSN and Firebase Auth (or its emulator)", () => {
    const csp = directives(
      contentSecurityPolicy({
        nonce: "n",
        development: false,
        sentryDsn: "https://public@o1.ingest.sentry.io/42",
        firebase: { authDomain: "demo.firebaseapp.com", authEmulatorHost: "127.0.0.1:9099" },
      }),
    );
    expect(csp.get("connect-src")).toEqual(
      expect.arrayContaining([
        "https://o1.ingest.sentry.io",
        "https://identitytoolkit.googleapis.com",
        "https://securetoken.googleapis.com",
        "http://127.0.0.1:9099",
      ]),
    );
    expect(csp.get("frame-src")).toContain("https://demo.firebaseapp.com");
    expect(csp.get("connect-src")).not.toContain("https://firebaselogging.googleapis.com");
  });

  it("lets Firebase Performance Monitoring reach its installation, settings and logging hosts when it is on", () => {
    const csp = directives(
      contentSecurityPolicy({
        nonce: "n",
        development: false,
        firebase: { authDomain: "demo.firebaseapp.com", performance: true },
      }),
    );
    expect(csp.get("connect-src")).toEqual(
      expect.arrayContaining([
        "https://firebaseinstallations.googleapis.com",
        "https://firebaseremoteconfig.googleapis.com",
        "https://firebaselogging-pa.googleapis.com",
      ]),
    );
  });

  it("ignores a DSN that is not an http(s) URL", () => {
    const csp = directives(contentSecurityPolicy({ nonce: "n", development: false, sentryDsn: "javascript:alert(1)" }));
    expect(csp.get("connect-src")).toEqual(["'self'"]);
  });
});

describe("securityHeaders", () => {
  it("sends HSTS only from production over HTTPS", () => {
    expect(securityHeaders({ production: true, https: true })["strict-transport-security"]).toMatch(/^max-age=\d{8}/);
    expect(securityHeaders({ production: true, https: false })).not.toHaveProperty("strict-transport-security");
    expect(securityHeaders({ production: false, https: true })).not.toHaveProperty("strict-transport-security");
  });

  it("always sends nosniff, a referrer policy and a permissions policy", () => {
    const headers = securityHeaders({ production: false, https: false });
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"]).toContain("camera=()");
  });
});

describe("newNonce", () => {
  it("is fresh each time and 128 bits of base64", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
  });
});
