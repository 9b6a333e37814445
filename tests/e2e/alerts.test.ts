import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SqliteStore } from "@/lib/store/sqlite/sqlite-store";
import { chromiumUnavailableReason, launchChromium, saveScreenshot } from "@/tests/support/browser";
import { type FakeGemini, startFakeGemini, step } from "@/tests/support/fake-gemini";
import { geminiDefault } from "@/tests/support/gemini-plans";
import { type NextServer, startNextServer } from "@/tests/support/next-server";
import {
  type AlertReceivers,
  type ReceivedRequest,
  startAlertReceivers,
  TEST_EMAIL_TO,
  TEST_ROUTING_KEY,
} from "@/tests/support/receivers";
import { inWeeklyMaintenance } from "@/tests/support/weekly-maintenance";

// The built app with Gemini failing one generation in three: the AI alert must page through the real notifiers,
// open an incident that /status shows in Chromium, and resolve once generations succeed again. Meanwhile a stale
// backup heartbeat fires the manual's backup rule, which (unlike the AI rule) mails the on-call list over SMTP.
const TOKEN = "e2e-ops-token-0123456789abcdefghijkl";
const PLAN = {
  businessDescription: "A mobile bicycle repair van serving commuters in Bristol's business parks at lunchtime.",
  monthlyBudget: { amount: 800, currency: "GBP" },
};
const DEDUP_KEY = "marketplanai:ai-service-failure";
const textOf = (request: { json: unknown } | undefined) => (request?.json as { text?: string } | undefined)?.text;
const aboutAi = (request: ReceivedRequest) => textOf(request)?.includes("AI Service Failure") ?? false;
const webhookFor = (dedupKey: string) => (request: ReceivedRequest) =>
  (request.json as { alert?: { dedupKey?: string } } | undefined)?.alert?.dedupKey === dedupKey;
const BACKUP_MAIL = /^\[(WARNING|RESOLVED)\] No Successful Backup$/;
const chromiumMissing = chromiumUnavailableReason();
if (chromiumMissing) console.warn(`\n[alerts e2e] the /status check in Chromium is SKIPPED: ${chromiumMissing}\n`);

const skipReason = inWeeklyMaintenance()
  ? "the manual's Sunday maintenance window is (nearly) in progress and holds pages back"
  : null;
if (skipReason) console.warn(`\n[alerts e2e] SKIPPING: ${skipReason}\n`);

describe.skipIf(skipReason !== null)("alerts end to end on next start", { timeout: 300_000 }, () => {
  let server: NextServer;
  let gemini: FakeGemini;
  let receivers: AlertReceivers;
  let store: SqliteStore;
  let browser: Promise<Browser> | null = null;
  let calls = 0;

  beforeAll(async () => {
    // Chromium starts while the server does.
    browser = chromiumMissing ? null : launchChromium();
    receivers = await startAlertReceivers();
    gemini = await startFakeGemini({ tokensPerSecond: 100_000 });
    // Every third generation fails (503): a third of plans come from the fallback planner.
    gemini.setDefault((request) => (++calls % 3 === 0 ? step.unavailable() : geminiDefault(request)));
    server = await startNextServer({
      env: {
        ...receivers.env,
        GEMINI_API_KEY: "e2e-test-key",
        GOOGLE_API_KEY: undefined,
        GEMINI_BASE_URL: gemini.baseUrl,
        AI_MAX_RETRIES: "0",
        OPS_API_TOKEN: TOKEN,
        ALERT_EVALUATION_INTERVAL_MS: "2000",
        ALERTS_ENABLED: "true",
        FIRESTORE_EMULATOR_HOST: undefined,
        STORE: "sqlite",
      },
    });
    // The server's own SQLite file (WAL: both processes may use it): the last backup finished 27 hours ago.
    store = new SqliteStore(path.join(server.dataDir, "marketplan.db"));
    const at = new Date(Date.now() - 27 * 3_600_000).toISOString();
    await store.recordBackupHeartbeat({ heartbeat: { at, kind: "sqlite", location: "e2e-backup-1", bytes: 4096 } });
  });

  afterAll(async () => {
    await (await browser?.catch(() => null))?.close();
    await store?.close();
    await server?.stop();
    await gemini?.close();
    await receivers?.close();
  });

  const generate = async (count: number) => {
    for (let i = 0; i < count; i++) {
      const response = await fetch(`${server.url}/api/plans/generate`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(PLAN),
      });
      expect(response.status).toBe(200);
      expect(await response.text()).toContain("event: plan");
    }
  };

  it("pages on Gemini failing more than 10 % of generations, and resolves on recovery", async () => {
    await generate(12);
    // Rollups are written when each minute ends; the in-app evaluator runs every 2 s.
    const [trigger] = await receivers.pagerduty.waitFor(1, 120_000);
    expect(trigger?.json).toMatchObject({
      routing_key: TEST_ROUTING_KEY,
      event_action: "trigger",
      dedup_key: DEDUP_KEY,
      payload: { source: "marketplanai", severity: "critical", component: "ai_service", class: "ai_success_rate_percent" },
    });
    const summary = (trigger?.json as { payload?: { summary?: string } } | undefined)?.payload?.summary ?? "";
    expect(summary).toMatch(
      /^\[CRITICAL\] AI Service Failure: AI success rate 66\.667% \(alert when < 90%\) over the last 15 min$/,
    );
    const [slack] = await receivers.slack.waitForMatch(aboutAi);
    expect(textOf(slack)).toBe(`:rotating_light: ${summary}`);
    const [hook] = await receivers.webhook.waitForMatch(webhookFor("ai-service-failure"));
    expect(hook?.json).toMatchObject({ type: "alert.trigger", alert: { dedupKey: "ai-service-failure", severity: "critical" } });

    const status = (await (await fetch(`${server.url}/api/status`)).json()) as unknown;
    expect(JSON.stringify(status)).toContain("AI Service Failure");
    await expectIncidentOnStatusPage();

    // The backup rule mails the on-call list (and tells Slack); the AI rule never mails: the manual sends it to PagerDuty and Slack only.
    const [mail] = await receivers.smtp.waitForMatch((m) => BACKUP_MAIL.test(m.subject), 1, 30_000);
    expect(mail).toMatchObject({ from: "alerts@marketplan.test", to: TEST_EMAIL_TO, subject: "[WARNING] No Successful Backup" });
    expect(mail?.text).toMatch(/^hours since the last successful backup 27(\.\d+)? h \(alert when > 26 h\)/);
    expect(mail?.text).toContain("Severity: warning");
    expect(mail?.text).toContain("Dedup key: backup-missing");
    await receivers.slack.waitForMatch((r) => textOf(r)?.includes("No Successful Backup") ?? false);

    // Recovery: Gemini answers everything; 30 more plans lift the success rate to 38 of 42 (90.5 %). A backup runs.
    gemini.setDefault(geminiDefault);
    const now = new Date().toISOString();
    await store.recordBackupHeartbeat({ heartbeat: { at: now, kind: "sqlite", location: "e2e-backup-2", bytes: 4096 } });
    await generate(30);
    const resolve = (await receivers.pagerduty.waitFor(2, 120_000))[1];
    expect(resolve?.json).toEqual({ routing_key: TEST_ROUTING_KEY, event_action: "resolve", dedup_key: DEDUP_KEY });
    expect(textOf((await receivers.slack.waitForMatch(aboutAi, 2))[1])).toMatch(
      /^:white_check_mark: \[RESOLVED\] AI Service Failure/,
    );
    expect((await receivers.webhook.waitForMatch(webhookFor("ai-service-failure"), 2))[1]?.json).toMatchObject({
      type: "alert.resolve",
    });
    const mails = await receivers.smtp.waitForMatch((m) => BACKUP_MAIL.test(m.subject), 2);
    expect(mails.map((m) => m.subject)).toEqual(["[WARNING] No Successful Backup", "[RESOLVED] No Successful Backup"]);
    expect(receivers.smtp.mails.filter((m) => m.subject.includes("AI Service Failure"))).toEqual([]);
    // Exactly one page and one resolve, however many evaluations ran.
    expect(receivers.pagerduty.requests.map((r) => (r.json as { event_action: string }).event_action)).toEqual([
      "trigger",
      "resolve",
    ]);
  });

  /** The public page a customer opens shows the incident the alert opened, without any of its internal notes. */
  async function expectIncidentOnStatusPage() {
    if (!browser) return;
    const context = await (await browser).newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      page.setDefaultTimeout(30_000);
      await page.goto(`${server.url}/status`);
      await page.getByRole("heading", { level: 1, name: "MarketPlanAI status" }).waitFor();
      await page.getByRole("heading", { name: "AI Service Failure" }).waitFor();
      expect(await page.getByRole("status").first().textContent()).not.toBe("All Systems Operational");
      // The incident's first update is the alert's internal note: never on the public page.
      expect(await page.getByText("Alert fired:").count()).toBe(0);
      await saveScreenshot(page, "alerts-status-incident");
    } finally {
      await context.close();
    }
  }
});
