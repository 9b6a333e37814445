import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type NextServer, startNextServer } from "@/tests/support/next-server";

// The built app, its ops token generated into a fresh data directory, asked the way the manual's scripts ask.
const NO_KEY = { GEMINI_API_KEY: undefined, GOOGLE_API_KEY: undefined, GEMINI_BASE_URL: undefined, OPS_API_TOKEN: undefined };

describe("one-number endpoints on next start", () => {
  let server: NextServer;
  let token: string;

  beforeAll(async () => {
    server = await startNextServer({ env: NO_KEY });
    token = fs.readFileSync(path.join(server.dataDir, "ops-token"), "utf8").trim();
    // One plan from the built-in planner, saved before the stream's last event.
    const response = await fetch(`${server.url}/api/plans/generate`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        businessDescription: "A mobile bicycle repair van serving commuters in Bristol's business parks at lunchtime.",
        monthlyBudget: { amount: 800, currency: "GBP" },
      }),
    });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("event: plan");
  });

  afterAll(async () => {
    await server?.stop();
  });

  it("answers a bare number as text/plain to a curl-like request with no Accept header", async () => {
    const response = await fetch(`${server.url}/api/analytics/plans/24h`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.text()).toBe("1");
  });

  it("answers JSON when asked, and n/a before the first probe", async () => {
    const response = await fetch(`${server.url}/api/metrics/new-users/weekly`, {
      headers: { authorization: `Bearer ${token}`, accept: "application/json" },
    });
    expect(await response.json()).toMatchObject({ metric: "new_users_weekly", value: 1, unit: "users" });
    const uptime = await fetch(`${server.url}/api/metrics/uptime/weekly`, { headers: { authorization: `Bearer ${token}` } });
    expect(await uptime.text()).toBe("n/a");
  });

  it("serves the weekly report with the release id", async () => {
    const response = await fetch(`${server.url}/api/reports/weekly`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    const report = (await response.json()) as { releaseId: string; users: { new: number } };
    expect(report.releaseId).toMatch(/\S/);
    expect(report.users.new).toBe(1);
  });

  it("refuses without the token", async () => {
    const response = await fetch(`${server.url}/api/metrics/wau`);
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toMatch(/^Bearer /);
  });
});
