import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { getEnv, resetEnvForTests } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { useLocalApp } from "@/tests/support/local-app";
import { createOpsSession } from "./ops-session";
import { isOpsToken, loadOpsToken, requireOpsToken, resetOpsTokenForTests } from "./ops-token";

const withAuth = (value?: string) =>
  new Request("http://localhost/api/metrics", value ? { headers: { authorization: value } } : {});

describe("ops token", () => {
  const cleanup = useLocalApp();
  afterAll(() => cleanup());
  beforeEach(() => {
    delete process.env.OPS_API_TOKEN;
    resetEnvForTests();
    resetOpsTokenForTests();
  });

  it("is generated once into the data directory, readable by the owner only, and reused", () => {
    const first = loadOpsToken();
    expect(first.source).toMatchObject({ kind: "file", created: true });
    const file = path.join(getEnv().dataDir, "ops-token");
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    resetOpsTokenForTests();
    const again = loadOpsToken();
    expect(again.token).toBe(first.token);
    expect(again.source).toMatchObject({ kind: "file", created: false });
    expect(first.token.length).toBeGreaterThanOrEqual(43);
  });

  it("comes from OPS_API_TOKEN when set", () => {
    process.env.OPS_API_TOKEN = "t".repeat(40);
    resetEnvForTests();
    expect(loadOpsToken()).toEqual({ token: "t".repeat(40), source: { kind: "env" } });
  });

  it("accepts only the exact bearer token", () => {
    const { token } = loadOpsToken();
    expect(() => requireOpsToken(withAuth(`Bearer ${token}`))).not.toThrow();
    expect(() => requireOpsToken(withAuth(`bearer ${token}`))).not.toThrow();
    for (const bad of [undefined, token, `Basic ${token}`, `Bearer ${token}x`, `Bearer ${token.slice(1)}`, "Bearer "]) {
      let thrown: unknown;
      try {
        requireOpsToken(withAuth(bad));
      } catch (error) {
        thrown = error;
      }
      expect(thrown, String(bad)).toBeInstanceOf(AppError);
      expect((thrown as AppError).status).toBe(401);
      expect((thrown as AppError).headers["www-authenticate"]).toMatch(/^Bearer realm="marketplanai-ops"/);
    }
    expect(isOpsToken("a", "a")).toBe(true);
    expect(isOpsToken("a", "b")).toBe(false);
  });
});

describe("ops token or dashboard session", () => {
  beforeEach(() => {
    process.env.OPS_API_TOKEN = "s".repeat(40);
    resetEnvForTests();
    resetOpsTokenForTests();
  });
  afterAll(() => {
    delete process.env.OPS_API_TOKEN;
    resetEnvForTests();
    resetOpsTokenForTests();
  });

  const withCookie = (method: string, origin?: string) =>
    new Request("http://localhost/api/incidents/x/acknowledge", {
      method,
      headers: { cookie: `other=1; marketplan_ops=${createOpsSession("s".repeat(40))}`, ...(origin ? { origin } : {}) },
    });

  it("accepts the session cookie for reads, and for changes only from the same origin", () => {
    expect(() => requireOpsToken(withCookie("GET"))).not.toThrow();
    expect(() => requireOpsToken(withCookie("POST", "http://localhost"))).not.toThrow();
    expect(() => requireOpsToken(withCookie("POST", "http://evil.example"))).toThrow(
      expect.objectContaining({ status: 403 }) as unknown as Error,
    );
    expect(() => requireOpsToken(withCookie("POST"))).toThrow(expect.objectContaining({ status: 403 }) as unknown as Error);
  });

  it("refuses a session made with another token", () => {
    const request = new Request("http://localhost/api/metrics", {
      headers: { cookie: `marketplan_ops=${createOpsSession("t".repeat(40))}` },
    });
    expect(() => requireOpsToken(request)).toThrow(expect.objectContaining({ status: 401 }) as unknown as Error);
  });
});
