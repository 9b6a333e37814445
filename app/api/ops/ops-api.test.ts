import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetDashboardCacheForTests } from "@/lib/ops/dashboard/load-dashboard";
import type { DashboardData } from "@/lib/ops/dashboard/types";
import { resetOpsTokenForTests } from "@/lib/ops-auth/ops-token";
import { getStore } from "@/lib/store";
import { useLocalApp } from "@/tests/support/local-app";
import * as dashboard from "./dashboard/route";
import * as signIn from "./sign-in/route";
import * as signOut from "./sign-out/route";

const TOKEN = "ops-token-for-the-dashboard-tests-0123456789";
const ORIGIN = "http://127.0.0.1:3000";

const form = (token: string, origin: string | null = ORIGIN) =>
  new Request(`${ORIGIN}/api/ops/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", ...(origin ? { origin } : {}) },
    body: new URLSearchParams({ token }).toString(),
  });

describe("ops dashboard API and session", () => {
  let cleanup: () => Promise<void>;
  let cookie: string;

  beforeAll(() => {
    cleanup = useLocalApp({ OPS_API_TOKEN: TOKEN });
    resetOpsTokenForTests();
  });
  afterAll(async () => {
    resetOpsTokenForTests();
    await cleanup();
  });

  it("answers 401 without the token or a session", async () => {
    const response = await dashboard.GET(new Request(`${ORIGIN}/api/ops/dashboard`));
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toMatch(/^Bearer /);
  });

  it("sends a wrong token back to the form, with no session", async () => {
    const response = await signIn.POST(form("not-the-token"));
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`${ORIGIN}/ops/sign-in?error=invalid`);
    expect(response.headers.get("set-cookie")).toMatch(/Max-Age=0/);
  });

  it("refuses a sign-in form posted from another site", async () => {
    const response = await signIn.POST(form(TOKEN, "https://evil.example"));
    expect(response.status).toBe(403);
  });

  it("signs in to an http-only SameSite=Strict cookie that does not hold the token", async () => {
    const response = await signIn.POST(form(TOKEN));
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`${ORIGIN}/ops`);
    const setCookie = response.headers.get("set-cookie") ?? "";
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    expect(setCookie).not.toMatch(/Secure/);
    expect(setCookie).not.toContain(TOKEN);
    cookie = setCookie.split(";")[0] ?? "";
  });

  it("marks the cookie Secure behind HTTPS", async () => {
    const request = new Request(`${ORIGIN}/api/ops/sign-in`, {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        "x-forwarded-proto": "https",
        "x-forwarded-host": "ops.example.test",
        origin: "https://ops.example.test",
      },
      body: new URLSearchParams({ token: TOKEN }).toString(),
    });
    expect((await signIn.POST(request)).headers.get("set-cookie")).toMatch(/; Secure/);
  });

  it("serves every panel to the session cookie and to the bearer token", async () => {
    const store = getStore();
    await store.addRollup({
      instanceId: "instance-a",
      minute: new Date(Math.floor(Date.now() / 60_000) * 60_000 - 60_000),
      counters: {
        http_requests: 10,
        "http_status.2xx": 9,
        "http_status.5xx": 1,
        "instance.samples": 1,
        "instance.cpu_ms": 6000,
        "instance.wall_ms": 60000,
        "instance.rss_mb": 250,
        "instance.cores": 2,
      },
    });
    resetDashboardCacheForTests();
    const response = await dashboard.GET(new Request(`${ORIGIN}/api/ops/dashboard`, { headers: { cookie } }));
    expect(response.status).toBe(200);
    const data = (await response.json()) as DashboardData;
    expect(data.traffic).toMatchObject({ ok: true, data: { requests: 10, successRate: 90 } });
    expect(data.instances).toMatchObject({
      ok: true,
      data: [{ instanceId: "instance-a", cpuPercent: 10, memoryMb: 250, cores: 2 }],
    });
    expect(data.alerts).toEqual({ ok: true, data: { configured: true, firing: [] } });
    expect(data.quota).toMatchObject({ ok: true, data: { minute: { used: 0, limit: 60 } } });
    expect(data.series24h.ok && data.series24h.data.requests.reduce((a, b) => a + b, 0)).toBe(10);
    const bearer = await dashboard.GET(
      new Request(`${ORIGIN}/api/ops/dashboard`, { headers: { authorization: `Bearer ${TOKEN}` } }),
    );
    expect(bearer.status).toBe(200);
  });

  it("refuses a tampered or expired session", async () => {
    const [name, value] = cookie.split("=");
    const tampered = `${name}=${value?.slice(0, -2)}xx`;
    expect((await dashboard.GET(new Request(`${ORIGIN}/api/ops/dashboard`, { headers: { cookie: tampered } }))).status).toBe(401);
    const expired = `${name}=${Date.now() - 1000}.${value?.split(".")[1]}`;
    expect((await dashboard.GET(new Request(`${ORIGIN}/api/ops/dashboard`, { headers: { cookie: expired } }))).status).toBe(401);
  });

  it("signs out by clearing the cookie, only from its own pages", async () => {
    const foreign = await signOut.POST(new Request(`${ORIGIN}/api/ops/sign-out`, { method: "POST", headers: { cookie } }));
    expect(foreign.status).toBe(403);
    const response = await signOut.POST(
      new Request(`${ORIGIN}/api/ops/sign-out`, { method: "POST", headers: { cookie, origin: ORIGIN } }),
    );
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`${ORIGIN}/ops/sign-in?signed-out=1`);
    expect(response.headers.get("set-cookie")).toMatch(/^marketplan_ops=; .*Max-Age=0/);
  });
});
