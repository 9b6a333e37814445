import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedMinutes } from "@/lib/alerts/test-support";
import { SqliteStore } from "@/lib/store/sqlite/sqlite-store";
import { type AlertReceivers, startAlertReceivers } from "@/tests/support/receivers";
import { runCli } from "../testing/run-cli";

let receivers: AlertReceivers;
let dir: string;
let env: Record<string, string>;

beforeAll(async () => {
  receivers = await startAlertReceivers();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "marketplan-ops-alerts-"));
  env = { ...receivers.env, MARKETPLAN_DATA_DIR: dir, STORE: "sqlite" };
  // Rollups of a failing AI service, written as the app would, in the file the CLI opens.
  const store = new SqliteStore(path.join(dir, "marketplan.db"));
  await seedMinutes(store, new Date(), 14, { "ai_generations.gemini.ok": 5, "ai_generations.gemini.failed": 5 });
  await store.close();
});
afterAll(async () => {
  await receivers.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("ops alerts and ops maintenance", { timeout: 120_000 }, () => {
  it("evaluates on demand, pages once, lists and acknowledges the alert", async () => {
    const first = await runCli(["alerts", "evaluate", "--json"], env);
    expect(first.code, first.stderr).toBe(1);
    const report = JSON.parse(first.stdout) as { rules: { id: string; firing: boolean }[]; maintenance: string | null };
    expect(report.rules.find((rule) => rule.id === "ai-service-failure")?.firing).toBe(true);
    const second = await runCli(["alerts", "evaluate"], env);
    expect(second.stdout).toMatch(/FIRING\s+critical\s+ai-service-failure/);
    // Unless this runs inside the manual's Sunday window, exactly one page went out for both runs.
    if (report.maintenance === null)
      expect(receivers.pagerduty.requests.map((r) => (r.json as { event_action: string }).event_action)).toEqual(["trigger"]);

    const listed = await runCli(["alerts", "list", "--json"], env);
    expect((JSON.parse(listed.stdout) as { alerts: { dedupKey: string }[] }).alerts.map((a) => a.dedupKey)).toEqual([
      "ai-service-failure",
    ]);
    const acked = await runCli(["alerts", "ack", "ai-service-failure"], env);
    expect(acked.code, acked.stderr).toBe(0);
    expect(acked.stdout).toMatch(/^Acknowledged ai-service-failure at /);
    expect((await runCli(["alerts", "ack", "no-such-alert"], env)).code).toBe(1);
    expect((await runCli(["alerts", "frobnicate"], env)).code).toBe(2);
  });

  it("plans, lists and cancels a maintenance window; refuses a bad one", async () => {
    const start = new Date(Date.now() + 3_600_000).toISOString();
    const end = new Date(Date.now() + 7_200_000).toISOString();
    const added = await runCli(
      ["maintenance", "add", "--title", "Index rebuild", "--start", start, "--end", end, "--component", "database", "--json"],
      env,
    );
    expect(added.code, added.stderr).toBe(0);
    const { window } = JSON.parse(added.stdout) as { window: { id: string } };
    const listed = await runCli(["maintenance", "list"], env);
    expect(listed.stdout).toContain(window.id);
    expect(listed.stdout).toMatch(/weekly-\d{4}-\d{2}-\d{2}\s+(scheduled|in_progress)/);
    expect((await runCli(["maintenance", "cancel", window.id], env)).stdout).toContain(`Cancelled ${window.id}`);
    const refused = await runCli(["maintenance", "add", "--title", "Backwards", "--start", end, "--end", start], env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/endsAt must be after startsAt/);
  });
});
