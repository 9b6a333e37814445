import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeGemini, startFakeGemini } from "@/tests/support/fake-gemini";
import { type FakeSentry, startFakeSentry } from "@/tests/support/fake-sentry";
import { geminiDefault } from "@/tests/support/gemini-plans";
import { type NextServer, startNextServer } from "@/tests/support/next-server";

/**
 * Issue 10, secrets: a whole session against `next start` with known secret
 * values (generate, edit, rename, share, export, ops endpoints, health, and a
 * server error that reaches Sentry). No response body or header, no log line
 * and no Sentry envelope carries any of them.
 */

const SECRETS = {
  APP_SECRET: "app-secret-7d1c5e0b9a8f4e2d6c3b1a0f9e8d7c6b",
  OPS_API_TOKEN: "ops-token-4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c",
  GEMINI_API_KEY: "gemini-key-AIzaSy-9b8a7f6e5d4c3b2a1f0e9d8c7b6a",
};
const OPS = { authorization: `Bearer ${SECRETS.OPS_API_TOKEN}` };

interface Exchange {
  what: string;
  status: number;
  headers: string;
  body: string;
}

describe("secrets never leave the server", () => {
  let gemini: FakeGemini;
  let sentry: FakeSentry;
  let server: NextServer;
  const exchanges: Exchange[] = [];
  let cookie = "";

  async function call(what: string, pathname: string, init: RequestInit = {}): Promise<Exchange> {
    const headers = new Headers(init.headers);
    if (cookie && !headers.has("cookie")) headers.set("cookie", cookie);
    if (init.body && !headers.has("content-type")) headers.set("content-type", "application/json");
    const response = await fetch(`${server.url}${pathname}`, { ...init, headers });
    const exchange = {
      what,
      status: response.status,
      headers: JSON.stringify([...response.headers]),
      body: Buffer.from(await response.arrayBuffer()).toString("latin1"),
    };
    const setCookie = response.headers.get("set-cookie");
    if (setCookie) cookie = setCookie.split(";")[0] ?? "";
    exchanges.push(exchange);
    return exchange;
  }

  beforeAll(async () => {
    gemini = await startFakeGemini({ defaultStep: geminiDefault });
    sentry = await startFakeSentry();
    server = await startNextServer({
      env: {
        ...SECRETS,
        GEMINI_BASE_URL: gemini.baseUrl,
        GOOGLE_API_KEY: undefined,
        SENTRY_DSN: sentry.dsn,
        SENTRY_ENVIRONMENT: "e2e",
        LOG_LEVEL: "debug",
        STORE: "sqlite",
        AUTH_MODE: undefined,
        FIREBASE_AUTH_EMULATOR_HOST: undefined,
        FIRESTORE_EMULATOR_HOST: undefined,
        FIREBASE_PROJECT_ID: undefined,
        FIREBASE_CONFIG: undefined,
      },
    });
  });

  afterAll(async () => {
    await server?.stop();
    await gemini?.close();
    await sentry?.close();
  });

  it("a full session: no secret in any response, log line or Sentry envelope", async () => {
    const generated = await call("generate", "/api/plans/generate", {
      method: "POST",
      body: JSON.stringify({
        businessDescription: "A surf school in Cornwall teaching families and beginners from April to October.",
      }),
    });
    expect(generated.status).toBe(200);
    const planId = /"id":"([A-Za-z0-9_-]{22})"/.exec(generated.body.split("event: plan").at(-1) ?? "")?.[1] ?? "";
    expect(planId, generated.body.slice(-300)).toHaveLength(22);
    expect(
      gemini.requests.some((r) => r.hasApiKey),
      "the key did reach Gemini, where it belongs",
    ).toBe(true);

    const plan = `/api/plans/${planId}`;
    expect((await call("rename", plan, { method: "PATCH", body: JSON.stringify({ title: "Surf season plan" }) })).status).toBe(
      200,
    );
    const risks = { value: [{ risk: "A wet summer", likelihood: "medium", impact: "high", mitigation: "Indoor pool lessons" }] };
    await call("edit section", `${plan}/sections/risks`, { method: "PUT", body: JSON.stringify(risks) });
    await call("regenerate section", `${plan}/sections/channels/regenerate`, {
      method: "POST",
      body: JSON.stringify({ instruction: "More B2B" }),
    });
    await call("versions", `${plan}/versions`);
    await call("diff", `${plan}/diff?from=1&to=2`);
    const shared = await call("share", `${plan}/share`, { method: "POST" });
    const token = /"token":"([^"]+)"/.exec(shared.body)?.[1] ?? "";
    await call("shared page", `/shared/${token}`);
    await call("shared api", `/api/shared/${token}`);
    for (const format of ["md", "budget.csv", "kpis.csv", "ics"]) await call(`export ${format}`, `${plan}/export/${format}`);
    await call("home page", "/");
    await call("plan page", `/plans/${planId}`);
    await call("list", "/api/plans");
    for (const ops of [
      "/api/metrics",
      "/api/metrics/rpm",
      "/api/metrics/wau",
      "/api/reports/weekly",
      "/api/analytics/plans/24h",
    ]) {
      expect((await call(`ops ${ops}`, ops, { headers: OPS })).status, ops).toBe(200);
    }
    expect((await call("ops, wrong token", "/api/metrics", { headers: { authorization: "Bearer nope" } })).status).toBe(401);
    for (const health of ["/api/livez", "/api/readyz", "/api/health", "/api/status"]) await call(health, health);
    await call("ai health", "/api/ai/health", { method: "POST" });

    // A server error, so that Sentry gets an event to inspect.
    const db = new Database(path.join(server.dataDir, "marketplan.db"));
    db.exec("ALTER TABLE plans RENAME TO plans_broken_by_test");
    db.close();
    const failed = await call("a 500", plan, { method: "PATCH", body: JSON.stringify({ title: "Breaks" }) });
    expect(failed.status).toBe(500);
    const requestId = JSON.parse(failed.body).error.requestId as string;
    await sentry.waitForEvent((event) => event.tags?.request_id === requestId);

    expect(exchanges.length).toBeGreaterThan(25);
    for (const [name, secret] of Object.entries(SECRETS)) {
      for (const exchange of exchanges) {
        expect(exchange.body.includes(secret), `${name} in the body of ${exchange.what}`).toBe(false);
        expect(exchange.headers.includes(secret), `${name} in the headers of ${exchange.what}`).toBe(false);
      }
      expect(server.logs().includes(secret), `${name} in the server's log`).toBe(false);
      expect(sentry.envelopes.length).toBeGreaterThan(0);
      for (const envelope of sentry.envelopes) expect(envelope.raw.includes(secret), `${name} in a Sentry envelope`).toBe(false);
    }
    // The cookie is signed with APP_SECRET, never made of it.
    expect(cookie).not.toContain(SECRETS.APP_SECRET);
  });
});
