import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as evaluate } from "@/app/api/cron/evaluate-alerts/route";
import { seedMinutes } from "@/lib/alerts/test-support";
import { resetOpsTokenForTests } from "@/lib/ops-auth/ops-token";
import { getStore } from "@/lib/store";
import { useLocalApp } from "@/tests/support/local-app";
import { type AlertReceivers, startAlertReceivers } from "@/tests/support/receivers";
import { POST as cancel } from "./[id]/cancel/route";
import { GET, POST } from "./route";

const TOKEN = "ops-token-for-tests-0123456789abcdef";
const auth = { authorization: `Bearer ${TOKEN}` };
const hours = (n: number) => new Date(Date.now() + n * 3_600_000).toISOString();
const post = (body: unknown, headers: Record<string, string> = auth) =>
  POST(
    new Request("http://localhost/api/maintenance", {
      method: "POST",
      headers: { ...headers, "content-type": "application/json" },
      body: JSON.stringify(body),
    }),
  );

let cleanup: () => Promise<void>;
let receivers: AlertReceivers;

beforeAll(async () => {
  receivers = await startAlertReceivers();
  cleanup = useLocalApp({ OPS_API_TOKEN: TOKEN, ...receivers.env });
  resetOpsTokenForTests();
});
afterAll(async () => {
  await cleanup();
  resetOpsTokenForTests();
  await receivers.close();
});

describe("/api/maintenance", () => {
  it("needs the ops token", async () => {
    expect((await GET(new Request("http://localhost/api/maintenance"))).status).toBe(401);
    expect((await post({ title: "x", startsAt: hours(1), endsAt: hours(2) }, {})).status).toBe(401);
  });

  it("plans, lists beside the weekly window, and cancels an ad-hoc window", async () => {
    const created = await post({ title: "Database upgrade", startsAt: hours(1), endsAt: hours(3), components: ["database"] });
    expect(created.status).toBe(201);
    const window = (await created.json()) as { id: string; status: string; source: string };
    expect(window).toMatchObject({ title: "Database upgrade", status: "scheduled", source: "ad_hoc", components: ["database"] });

    const listed = (await (await GET(new Request("http://localhost/api/maintenance", { headers: auth }))).json()) as {
      windows: { id: string; source: string; title: string }[];
    };
    expect(listed.windows.map((w) => w.id)).toContain(window.id);
    // The manual's Sunday window is always there: at least four in the next 30 days.
    expect(listed.windows.filter((w) => w.source === "weekly").length).toBeGreaterThanOrEqual(4);

    const cancelled = await cancel(
      new Request(`http://localhost/api/maintenance/${window.id}/cancel`, { method: "POST", headers: auth }),
      {
        params: Promise.resolve({ id: window.id }),
      },
    );
    expect(cancelled.status).toBe(200);
    const after = (await (await GET(new Request("http://localhost/api/maintenance", { headers: auth }))).json()) as {
      windows: { id: string }[];
    };
    expect(after.windows.map((w) => w.id)).not.toContain(window.id);
    const unknown = await cancel(new Request("http://localhost/api/maintenance/nope/cancel", { method: "POST", headers: auth }), {
      params: Promise.resolve({ id: "nope" }),
    });
    expect(unknown.status).toBe(404);
  });

  it("refuses a bad window with 400 naming the field, and stores nothing", async () => {
    const before = await getStore().listMaintenanceWindows({ from: new Date(0), to: new Date("2100-01-01") });
    const inverted = await post({ title: "Upgrade", startsAt: hours(3), endsAt: hours(1) });
    expect(inverted.status).toBe(400);
    expect(((await inverted.json()) as { error: { fields: { field: string }[] } }).error.fields[0]?.field).toBe("endsAt");
    const past = await post({ title: "Upgrade", startsAt: hours(-3), endsAt: hours(-1) });
    expect(past.status).toBe(400);
    const missing = await post({ startsAt: hours(1), endsAt: hours(2) });
    expect(((await missing.json()) as { error: { message: string } }).error.message).toMatch(/title/);
    expect(await getStore().listMaintenanceWindows({ from: new Date(0), to: new Date("2100-01-01") })).toEqual(before);
  });
});

describe("POST /api/cron/evaluate-alerts", () => {
  it("needs the ops token, evaluates every rule, and pages through the configured receivers", async () => {
    expect((await evaluate(new Request("http://localhost/api/cron/evaluate-alerts", { method: "POST" }))).status).toBe(401);
    await seedMinutes(getStore(), new Date(), 10, { "ai_generations.gemini.ok": 5, "ai_generations.gemini.failed": 5 });
    const response = await evaluate(new Request("http://localhost/api/cron/evaluate-alerts", { method: "POST", headers: auth }));
    expect(response.status).toBe(200);
    const report = (await response.json()) as { rules: { id: string; firing: boolean }[]; transitions: { dedupKey: string }[] };
    expect(report.rules.length).toBeGreaterThanOrEqual(14);
    // Unless this runs in the manual's Sunday window, the AI alert pages now.
    if (report.transitions.some((t) => t.dedupKey === "ai-service-failure")) {
      expect((await receivers.pagerduty.waitFor(1))[0]?.json).toMatchObject({ event_action: "trigger" });
    } else {
      expect(await getStore().getAlert({ dedupKey: "ai-service-failure" })).toMatchObject({ status: "firing" });
    }
    expect(report.rules.find((r) => r.id === "ai-service-failure")?.firing).toBe(true);
  });
});
