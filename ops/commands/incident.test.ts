import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as acknowledge from "@/app/api/incidents/[id]/acknowledge/route";
import * as resolve from "@/app/api/incidents/[id]/resolve/route";
import * as one from "@/app/api/incidents/[id]/route";
import * as updates from "@/app/api/incidents/[id]/updates/route";
import * as collection from "@/app/api/incidents/route";
import { getEnv } from "@/lib/env";
import { loadOpsToken, resetOpsTokenForTests } from "@/lib/ops-auth/ops-token";
import { getStore } from "@/lib/store";
import { useLocalApp } from "@/tests/support/local-app";
import { type RouteServer, startRouteServer } from "@/tests/support/route-server";
import { runCli } from "../testing/run-cli";

type Handler = (request: Request, segment: { params: Promise<{ id: string }> }) => Promise<Response>;
const withId = (handler: Handler) => (request: Request, params: Record<string, string>) =>
  handler(request, { params: Promise.resolve({ id: params.id ?? "" }) });

describe("ops incident, against the real API over HTTP", () => {
  let app: RouteServer;
  let cleanup: () => Promise<void>;
  let env: Record<string, string>;

  beforeAll(async () => {
    // The app generates its token into its data directory, as on a first local start.
    cleanup = useLocalApp();
    resetOpsTokenForTests();
    loadOpsToken();
    app = await startRouteServer({
      "GET /api/incidents": (request) => collection.GET(request),
      "POST /api/incidents": (request) => collection.POST(request),
      "GET /api/incidents/:id": withId(one.GET),
      "POST /api/incidents/:id/updates": withId(updates.POST),
      "POST /api/incidents/:id/acknowledge": withId(acknowledge.POST),
      "POST /api/incidents/:id/resolve": withId(resolve.POST),
    });
    // The CLI finds the token in the same data directory; no OPS_API_TOKEN.
    env = { BASE_URL: app.origin, MARKETPLAN_DATA_DIR: getEnv().dataDir, OPS_API_TOKEN: "" };
  });
  afterAll(async () => {
    await app.close();
    await cleanup();
    resetOpsTokenForTests();
  });

  it("runs an incident from open to resolved, refuses resolving twice with exit 1, and shows the timeline", async () => {
    const opened = await runCli(
      [
        "incident",
        "open",
        "--title",
        "AI Service Outage",
        "--severity",
        "SEV1",
        "--component",
        "ai_service",
        "--body",
        "Plan generation fails.",
        "--impact-summary",
        "Users unable to generate marketing plans",
        "--author",
        "dana",
        "--json",
      ],
      env,
    );
    expect(opened.stderr).toBe("");
    expect(opened.code).toBe(0);
    const { incident } = JSON.parse(opened.stdout);
    expect(incident).toMatchObject({ severity: "SEV1", status: "investigating", impact: "critical" });
    expect(await getStore().getIncident({ id: incident.id })).not.toBeNull();

    const acked = await runCli(["incident", "ack", incident.id, "--author", "sam"], env);
    expect(acked.code).toBe(0);
    expect(acked.stdout).toMatch(
      new RegExp(`^Acknowledged ${incident.id} {2}SEV1 {2}investigating {2}"AI Service Outage" {2}\\(resolve by `),
    );

    const updated = await runCli(
      ["incident", "update", incident.id, "--status", "identified", "--body", "Quota exhausted.", "--internal"],
      env,
    );
    expect(updated.code).toBe(0);
    expect(updated.stdout).toContain("identified");

    const resolved = await runCli(["incident", "resolve", incident.id, "--body", "Quota raised."], env);
    expect(resolved.code).toBe(0);
    expect(resolved.stdout).toMatch(/^Resolved .* resolved /);

    const again = await runCli(["incident", "resolve", incident.id], env);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/409: Incident .* was resolved at/);

    const shown = await runCli(["incident", "show", incident.id], env);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain("impact: Users unable to generate marketing plans");
    expect(shown.stdout).toMatch(/identified {2}\S+ {2}\[internal\]\n {4}Quota exhausted\./);

    const listed = await runCli(["incident", "list", "--status", "resolved"], env);
    expect(listed.code).toBe(0);
    expect(listed.stdout.split("\n")[0]).toMatch(/^ID\s+SEV\s+STATUS\s+OPENED/);
    expect(listed.stdout).toContain(incident.id);
  }, 120_000);

  it("exits 2 naming the option on bad usage, and 1 when the app cannot be reached or the token is wrong", async () => {
    const badSeverity = await runCli(["incident", "open", "--title", "x", "--severity", "SEV7", "--body", "y"], env);
    expect(badSeverity.code).toBe(2);
    expect(badSeverity.stderr).toMatch(/--severity: /);
    expect((await runCli(["incident", "ack"], env)).code).toBe(2);
    expect((await runCli(["incident", "explode"], env)).code).toBe(2);

    const unknown = await runCli(["incident", "show", "inc-ghost"], env);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/404: No incident has the id "inc-ghost"/);

    const wrongToken = await runCli(["incident", "list"], { ...env, OPS_API_TOKEN: "w".repeat(40) });
    expect(wrongToken.code).toBe(1);
    expect(wrongToken.stderr).toMatch(/401: .*\(token from OPS_API_TOKEN\)/);

    const down = await runCli(["incident", "list"], { ...env, BASE_URL: "http://127.0.0.1:9" });
    expect(down.code).toBe(1);
    expect(down.stderr).toMatch(/cannot reach the app at http:\/\/127\.0\.0\.1:9/);

    const noToken = await runCli(["incident", "list"], { ...env, MARKETPLAN_DATA_DIR: path.join(getEnv().dataDir, "empty") });
    expect(noToken.code).toBe(1);
    expect(noToken.stderr).toMatch(/no operations token/);
    expect(fs.existsSync(path.join(getEnv().dataDir, "empty", "ops-token"))).toBe(false);
  }, 120_000);
});
