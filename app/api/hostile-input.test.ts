import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetIdentityKeysForTests } from "@/lib/auth";
import { identityCookieHeader, loadIdentityKey } from "@/lib/auth/local-identity";
import { getEnv } from "@/lib/env";
import { loadOpsToken, resetOpsTokenForTests } from "@/lib/ops-auth/ops-token";
import { type Caller, type Endpoint, HOSTILE_CASES, type HostileCase } from "@/tests/support/hostile-input";
import { useLocalApp } from "@/tests/support/local-app";
import { generatePlan, type RouteHandler } from "@/tests/support/route-calls";
import * as analytics from "./analytics/users/24h/route";
import * as incidents from "./incidents/weekly/count/route";
import * as metrics from "./metrics/route";
import * as diff from "./plans/[id]/diff/route";
import * as exportPlan from "./plans/[id]/export/[format]/route";
import * as restore from "./plans/[id]/restore/route";
import * as plan from "./plans/[id]/route";
import * as regenerate from "./plans/[id]/sections/[section]/regenerate/route";
import * as section from "./plans/[id]/sections/[section]/route";
import * as share from "./plans/[id]/share/route";
import * as versionRestore from "./plans/[id]/versions/[version]/restore/route";
import * as version from "./plans/[id]/versions/[version]/route";
import * as versions from "./plans/[id]/versions/route";
import * as generate from "./plans/generate/route";
import * as importPlan from "./plans/import/route";
import * as list from "./plans/route";
import * as report from "./reports/weekly/route";
import * as session from "./session/route";
import * as sharedExport from "./shared/[token]/export/[format]/route";
import * as shared from "./shared/[token]/route";

/**
 * Issue 10, hostile input: every case of tests/support/hostile-input/
 * against the route handlers, on SQLite. Each answers its 4xx with a message,
 * never a 5xx, and leaves the stored plans, versions, share links and
 * incidents exactly as they were.
 */

type Handlers = Partial<Record<HostileCase["method"], RouteHandler<Record<string, string>>>>;
// Each route module types its own params; the cases fill them from data.
const handlersOf = (module: object) => module as unknown as Handlers;
const ROUTES: Record<Endpoint, { path: string; handlers: Handlers }> = {
  generate: { path: "/api/plans/generate", handlers: handlersOf(generate) },
  list: { path: "/api/plans", handlers: handlersOf(list) },
  plan: { path: "/api/plans/:id", handlers: handlersOf(plan) },
  restore: { path: "/api/plans/:id/restore", handlers: handlersOf(restore) },
  section: { path: "/api/plans/:id/sections/:section", handlers: handlersOf(section) },
  regenerate: { path: "/api/plans/:id/sections/:section/regenerate", handlers: handlersOf(regenerate) },
  versions: { path: "/api/plans/:id/versions", handlers: handlersOf(versions) },
  version: { path: "/api/plans/:id/versions/:version", handlers: handlersOf(version) },
  versionRestore: { path: "/api/plans/:id/versions/:version/restore", handlers: handlersOf(versionRestore) },
  diff: { path: "/api/plans/:id/diff", handlers: handlersOf(diff) },
  share: { path: "/api/plans/:id/share", handlers: handlersOf(share) },
  export: { path: "/api/plans/:id/export/:format", handlers: handlersOf(exportPlan) },
  import: { path: "/api/plans/import", handlers: handlersOf(importPlan) },
  shared: { path: "/api/shared/:token", handlers: handlersOf(shared) },
  sharedExport: { path: "/api/shared/:token/export/:format", handlers: handlersOf(sharedExport) },
  session: { path: "/api/session", handlers: handlersOf(session) },
  metrics: { path: "/api/metrics", handlers: handlersOf(metrics) },
  report: { path: "/api/reports/weekly", handlers: handlersOf(report) },
  analytics: { path: "/api/analytics/users/24h", handlers: handlersOf(analytics) },
  incidents: { path: "/api/incidents/weekly/count", handlers: handlersOf(incidents) },
};

/** What a request must never change. Users and activity are left out: resilience's part of issue 10 (identities only on success). */
const KEPT_TABLES = ["plans", "plan_versions", "share_links", "incidents"];

function snapshot(): string {
  const db = new Database(path.join(getEnv().dataDir, "marketplan.db"), { readonly: true });
  try {
    return JSON.stringify(KEPT_TABLES.map((table) => db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all()));
  } finally {
    db.close();
  }
}

interface World {
  owner: string;
  stranger: string;
  planId: string;
  shareToken: string;
  opsToken: string;
}

function cookieFor(caller: Caller, world: World): string | undefined {
  if (caller === "owner") return world.owner;
  if (caller === "stranger") return world.stranger;
  if (caller === "nobody") return undefined;
  const [name = "", value = ""] = world.owner.split("=");
  const [userId = "", kid = "", issued = ""] = value.split(".");
  const key = loadIdentityKey(getEnv().dataDir, getEnv().APP_SECRET);
  const forged = (header: string) => header.split(";")[0] ?? "";
  switch (caller.cookie) {
    case "tampered":
      return `${name}=${userId}.${kid}.${issued}.${"A".repeat(43)}`;
    case "expired":
      return forged(identityCookieHeader(key, userId, false, Date.now() - 401 * 86_400_000));
    case "future":
      return forged(identityCookieHeader(key, userId, false, Date.now() + 86_400_000));
    case "foreignKey":
      return forged(identityCookieHeader(Buffer.from("another server's secret, 32+ characters"), userId, false));
  }
}

function fill(text: string, world: World): string {
  return text
    .replaceAll("$plan", world.planId)
    .replaceAll("$token", world.shareToken)
    .replaceAll("$opsTokenHalf", world.opsToken.slice(0, world.opsToken.length / 2))
    .replaceAll("$opsToken", world.opsToken);
}

async function send(testCase: HostileCase, world: World): Promise<Response> {
  const { path: pattern, handlers } = ROUTES[testCase.endpoint];
  const handler = handlers[testCase.method];
  if (!handler) throw new Error(`${testCase.endpoint} has no ${testCase.method} handler`);
  const params = Object.fromEntries(Object.entries(testCase.params ?? {}).map(([k, v]) => [k, fill(v, world)]));
  // A lone surrogate cannot be percent-encoded; the handler gets the raw segment from `params` either way.
  const segment = (value: string) => encodeURIComponent(value.replace(/[\uD800-\uDFFF]/g, "_"));
  const urlPath = pattern.replace(/:(\w+)/g, (_, name: string) => segment(params[name] ?? ""));
  const url = `http://localhost${urlPath}${testCase.query ? `?${fill(testCase.query, world)}` : ""}`;
  const headers: Record<string, string> = {};
  const cookie = cookieFor(testCase.caller ?? "owner", world);
  if (cookie) headers.cookie = cookie;
  if (testCase.body !== undefined) headers["content-type"] = "application/json";
  for (const [name, value] of Object.entries(testCase.headers ?? {})) headers[name] = fill(value, world);
  const body =
    testCase.body === undefined ? undefined : typeof testCase.body === "string" ? testCase.body : JSON.stringify(testCase.body);
  return handler(new Request(url, { method: testCase.method, headers, body }), { params: Promise.resolve(params) });
}

const pending = HOSTILE_CASES.filter((c) => c.pendingFix);
for (const c of pending) console.warn(`[hostile-input] SKIPPING "${c.name}" until it is fixed: ${c.pendingFix}`);

describe("hostile input against every endpoint", () => {
  let cleanup: () => Promise<void>;
  let world: World;

  beforeAll(async () => {
    cleanup = useLocalApp({ OPS_API_TOKEN: "ops-token-for-the-hostile-input-suite-0123456789" });
    resetIdentityKeysForTests();
    resetOpsTokenForTests();
    const owned = await generatePlan("A family-run bicycle repair shop in Utrecht that also rents cargo bikes.");
    const other = await generatePlan("A mobile coffee cart at farmers' markets around Ghent on weekends.");
    const link = await share.POST(
      new Request(`http://localhost/api/plans/${owned.plan.id}/share`, { method: "POST", headers: { cookie: owned.cookie } }),
      {
        params: Promise.resolve({ id: owned.plan.id }),
      },
    );
    const { token } = (await link.json()) as { token: string };
    world = {
      owner: owned.cookie,
      stranger: other.cookie,
      planId: owned.plan.id,
      shareToken: token,
      opsToken: loadOpsToken().token,
    };
  });

  afterAll(async () => {
    resetOpsTokenForTests();
    resetIdentityKeysForTests();
    await cleanup();
  });

  it(`has at least 60 cases (${HOSTILE_CASES.length}), covering every endpoint`, () => {
    expect(HOSTILE_CASES.length).toBeGreaterThanOrEqual(60);
    expect(new Set(HOSTILE_CASES.map((c) => c.endpoint))).toEqual(new Set(Object.keys(ROUTES)));
  });

  it.each(HOSTILE_CASES.filter((c) => !c.pendingFix))("$name: $status", async (testCase) => {
    const before = snapshot();
    const response = await send(testCase, world);
    const text = await response.text();
    expect(response.status, text.slice(0, 300)).toBe(testCase.status);
    const body = JSON.parse(text) as { error?: { message?: string } };
    expect(body.error?.message ?? "", "a message a person can act on").toMatch(new RegExp(testCase.message.source, "i"));
    expect(snapshot(), "nothing stored changed").toBe(before);
  });

  it("the owner's plan is still there, untouched, after every case", async () => {
    const response = await plan.GET(
      new Request(`http://localhost/api/plans/${world.planId}`, { headers: { cookie: world.owner } }),
      { params: Promise.resolve({ id: world.planId }) },
    );
    expect(response.status).toBe(200);
    const record = (await response.json()) as { version: number; deletedAt?: string | null };
    expect(record.version).toBe(1);
    expect(record.deletedAt ?? null).toBeNull();
  });
});
