import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Store } from "@/lib/store/types";
import { type AlertReceivers, startAlertReceivers, TEST_EMAIL_TO, TEST_ROUTING_KEY } from "@/tests/support/receivers";
import { acknowledgeAlert, evaluateAlerts } from "./evaluator";
import { seedMinutes, settingsFor, tempSqlite } from "./test-support";

// A Wednesday, 12:00 in Los Angeles: business hours, no maintenance.
const NOW = new Date("2026-11-25T20:00:30.000Z");
const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
const retry = { attempts: 3, baseDelayMs: 10 };
const aiFailing = { "ai_generations.gemini.ok": 7, "ai_generations.gemini.fallback": 3 };
const aiHealthy = { "ai_generations.gemini.ok": 10 };

let receivers: AlertReceivers;
let db: ReturnType<typeof tempSqlite>;
let store: Store;

beforeAll(async () => {
  receivers = await startAlertReceivers();
});
afterAll(async () => {
  await receivers.close();
});
beforeEach(() => {
  db = tempSqlite();
  store = db.open();
  for (const receiver of [receivers.slack, receivers.pagerduty, receivers.webhook]) receiver.requests.length = 0;
  receivers.smtp.mails.length = 0;
});
afterEach(async () => {
  await db.cleanup();
});

const evaluate = (now: Date, on: Store = store, settings = settingsFor(receivers)) =>
  evaluateAlerts({ store: on, settings, now, retry });
const slackText = (request: { json: unknown } | undefined) => (request?.json as { text?: string } | undefined)?.text;
const firingIds = (report: Awaited<ReturnType<typeof evaluate>>) => report.rules.filter((r) => r.firing).map((r) => r.id);
const sent = () => ({
  slack: receivers.slack.requests.length,
  pagerduty: receivers.pagerduty.requests.length,
  webhook: receivers.webhook.requests.length,
  email: receivers.smtp.mails.length,
});

describe("the AI service failure alert", () => {
  it("pages PagerDuty and Slack with the exact payloads, opens an incident, and the webhook hears it", async () => {
    // 15 minutes of 7 ok and 3 fallback generations a minute: 70 % success, under the manual's 90 %.
    await seedMinutes(store, NOW, 15, aiFailing);
    const report = await evaluate(NOW);
    expect(firingIds(report)).toEqual(["ai-service-failure"]);
    expect(report.transitions).toMatchObject([{ dedupKey: "ai-service-failure", transition: "fired" }]);

    const [event] = await receivers.pagerduty.waitFor(1);
    expect(event?.json).toEqual({
      routing_key: TEST_ROUTING_KEY,
      event_action: "trigger",
      dedup_key: "marketplanai:ai-service-failure",
      payload: {
        summary: "[CRITICAL] AI Service Failure: AI success rate 70% (alert when < 90%) over the last 15 min",
        source: "marketplanai",
        severity: "critical",
        timestamp: NOW.toISOString(),
        component: "ai_service",
        group: "ai-service-failure",
        class: "ai_success_rate_percent",
        // The 15 minutes before 20:00:30 hold the 14 whole minutes from 19:46 (19:45 began before the window).
        custom_details: {
          metric: "ai_success_rate_percent",
          value: 70,
          threshold: 90,
          windowMinutes: 15,
          events: 140,
          responseMinutes: 10,
        },
      },
      client: "MarketPlanAI alerts",
    });
    const [slack] = await receivers.slack.waitFor(1);
    const message = slack?.json as { text: string; blocks: { type: string }[] };
    expect(message.text).toBe(
      ":rotating_light: [CRITICAL] AI Service Failure: AI success rate 70% (alert when < 90%) over the last 15 min",
    );
    expect(message.blocks.map((block) => block.type)).toEqual(["header", "section", "section", "context"]);
    expect(JSON.stringify(message.blocks)).toContain("*Respond within*\\n10 min");
    const [hook] = await receivers.webhook.waitFor(1);
    expect(hook?.json).toMatchObject({
      version: 1,
      type: "alert.trigger",
      alert: { dedupKey: "ai-service-failure", severity: "critical", repeat: 1 },
    });
    // The manual's list for this rule has no email.
    expect(receivers.smtp.mails).toHaveLength(0);

    const incidentId = report.transitions[0]?.incidentId;
    expect(incidentId).toBe(`alert-ai-service-failure-${NOW.getTime()}`);
    expect(await store.getIncident({ id: incidentId ?? "" })).toMatchObject({
      title: "AI Service Failure",
      status: "investigating",
      impact: "major",
      components: ["ai_service"],
    });
  });

  it("sends nothing again while it keeps firing, reminds after the re-notify interval, and a restart never pages again", async () => {
    await seedMinutes(store, later(61), 75, aiFailing);
    await evaluate(NOW);
    await evaluate(later(1));
    await evaluate(later(30));
    expect(sent()).toEqual({ slack: 1, pagerduty: 1, webhook: 1, email: 0 });

    // A new process on the same data (a restart, or a second instance) finds the alert already sent.
    const restarted = db.open();
    expect((await evaluate(later(2), restarted)).transitions).toEqual([]);
    expect(sent().pagerduty).toBe(1);

    // ALERT_RENOTIFY_MINUTES is 60 by default: a reminder an hour after the first page, not before.
    const reminder = await evaluate(later(60), restarted);
    expect(reminder.transitions).toMatchObject([{ transition: "renotified" }]);
    expect((await receivers.pagerduty.waitFor(2))[1]?.json).toMatchObject({
      event_action: "trigger",
      dedup_key: "marketplanai:ai-service-failure",
    });
    expect(slackText((await receivers.slack.waitFor(2))[1])).toContain("(reminder 1)");
  });

  it("resolves on recovery: every receiver that heard the page hears the resolve, and the incident moves to monitoring", async () => {
    await seedMinutes(store, NOW, 15, aiFailing);
    const fired = await evaluate(NOW);
    // 20 minutes later the last 15 minutes are healthy.
    await seedMinutes(store, later(20), 16, aiHealthy, "web-2");
    const report = await evaluate(later(20));
    expect(report.transitions).toMatchObject([{ dedupKey: "ai-service-failure", transition: "resolved" }]);
    const resolve = (await receivers.pagerduty.waitFor(2))[1]?.json;
    expect(resolve).toEqual({
      routing_key: TEST_ROUTING_KEY,
      event_action: "resolve",
      dedup_key: "marketplanai:ai-service-failure",
    });
    expect(slackText((await receivers.slack.waitFor(2))[1])).toMatch(/^:white_check_mark: \[RESOLVED\] AI Service Failure/);
    expect((await receivers.webhook.waitFor(2))[1]?.json).toMatchObject({
      type: "alert.resolve",
      alert: { resolvedAt: later(20).toISOString() },
    });
    const incident = await store.getIncident({ id: fired.transitions[0]?.incidentId ?? "" });
    expect(incident?.status).toBe("monitoring");
    expect(incident?.updates.at(-1)?.body).toMatch(/monitoring/);
    expect(await store.getAlert({ dedupKey: "ai-service-failure" })).toMatchObject({
      status: "resolved",
      resolvedAt: later(20).toISOString(),
    });
  });

  it("does not page on too few generations or on healthy ones", async () => {
    await seedMinutes(store, NOW, 3, { "ai_generations.gemini.failed": 3 });
    expect(firingIds(await evaluate(NOW))).toEqual([]);
    await seedMinutes(store, NOW, 15, aiHealthy, "web-2");
    expect(firingIds(await evaluate(NOW))).toEqual([]);
    expect(sent()).toEqual({ slack: 0, pagerduty: 0, webhook: 0, email: 0 });
  });

  it("stops reminding once acknowledged, and tells PagerDuty with the same dedup key", async () => {
    await seedMinutes(store, later(120), 140, aiFailing);
    await evaluate(NOW);
    const settings = settingsFor(receivers);
    const acked = await acknowledgeAlert({ store, settings, now: later(5), retry, dedupKey: "ai-service-failure" });
    expect(acked?.acknowledgedAt).toBe(later(5).toISOString());
    expect((await receivers.pagerduty.waitFor(2))[1]?.json).toEqual({
      routing_key: TEST_ROUTING_KEY,
      event_action: "acknowledge",
      dedup_key: "marketplanai:ai-service-failure",
    });
    expect((await evaluate(later(90))).transitions).toEqual([]);
    expect(sent().pagerduty).toBe(2);
  });
});

describe("error-rate rules and burn rates from synthetic rollups", () => {
  it("pages on 20 % 5xx for an hour (burn 20x over 1 h and 5 min) and emails the manual's list", async () => {
    await seedMinutes(store, NOW, 60, {
      http_requests: 100,
      "http_status.2xx": 80,
      "http_status.5xx": 20,
      "http_latency_ms.le_100": 100,
    });
    const report = await evaluate(NOW);
    // With no older data the 3-day windows hold the same hour, so the tickets fire too; latency stays quiet.
    expect(firingIds(report).sort()).toEqual([
      "availability-burn-page",
      "availability-burn-ticket",
      "elevated-error-rate",
      "errors-burn-page",
      "errors-burn-ticket",
      "high-error-rate",
    ]);
    const burn = report.rules.find((rule) => rule.id === "errors-burn-page");
    expect(burn?.summary).toContain("20x over 1 h and 20x over 5 min (alert above 14.4x)");
    // Email goes to the rules that list it: High Error Rate (critical) and the two tickets.
    const mails = await receivers.smtp.waitFor(3);
    expect(mails.map((mail) => mail.subject).sort()).toEqual([
      "[CRITICAL] High Error Rate",
      "[WARNING] Availability SLO burning slowly",
      "[WARNING] Error rate SLO burning slowly",
    ]);
    const page = mails.find((mail) => mail.subject === "[CRITICAL] High Error Rate");
    expect(page).toMatchObject({ to: TEST_EMAIL_TO, from: "alerts@marketplan.test" });
    expect(page?.text).toContain("error rate (5xx) 20% (alert when > 5%) over the last 5 min");
    expect(page?.text).toContain("Respond within: 15 minutes");
  });

  it("does not page on a 5-minute blip (only the short window burns) or on low traffic", async () => {
    await seedMinutes(store, NOW, 60, { http_requests: 100, "http_status.2xx": 100 });
    await seedMinutes(store, NOW, 2, { http_requests: 100, "http_status.5xx": 10 }, "web-2");
    const blip = await evaluate(NOW);
    expect(firingIds(blip).filter((id) => id.endsWith("burn-page"))).toEqual([]);
    const quiet = tempSqlite();
    try {
      const small = quiet.open();
      await seedMinutes(small, NOW, 60, { http_requests: 0.25, "http_status.5xx": 0.25 });
      expect(firingIds(await evaluate(NOW, small))).toEqual([]);
    } finally {
      await quiet.cleanup();
    }
  });
});

describe("the backup heartbeat rule", () => {
  const heartbeat = (hoursAgo: number) => ({
    at: new Date(NOW.getTime() - hoursAgo * 3_600_000).toISOString(),
    kind: "sqlite" as const,
    location: "backup-test",
    bytes: 1024,
  });

  it("waits for a first backup, stays quiet after a recent one, and warns Slack and email after 26 hours without one", async () => {
    expect(firingIds(await evaluate(NOW))).not.toContain("backup-missing");
    await store.recordBackupHeartbeat({ heartbeat: heartbeat(2) });
    expect(firingIds(await evaluate(NOW))).not.toContain("backup-missing");
    const stale = await evaluate(new Date(NOW.getTime() + 25 * 3_600_000));
    expect(firingIds(stale)).toContain("backup-missing");
    const mails = await receivers.smtp.waitFor(1);
    expect(mails.map((mail) => mail.subject)).toContain("[WARNING] No Successful Backup");
    expect(receivers.pagerduty.requests).toHaveLength(0);
  });
});

describe("maintenance windows", () => {
  // Sunday 29 November 2026, 03:00 in Los Angeles: inside the manual's weekly window.
  const SUNDAY = new Date("2026-11-29T11:00:30.000Z");

  it("hold pages back but record them, still send warnings, and page once the window is over", async () => {
    await seedMinutes(store, new Date("2026-11-29T12:10:30.000Z"), 80, {
      http_requests: 100,
      "http_status.5xx": 3,
      "http_status.2xx": 97,
    });
    const during = await evaluate(SUNDAY);
    expect(during.maintenance).toBe("weekly-2026-11-29");
    // 3 % errors: the warning (and the slow-burn ticket) go out; no critical rule fires yet.
    expect(during.transitions.map((t) => [t.dedupKey, t.transition])).toContainEqual(["elevated-error-rate", "fired"]);
    expect(during.rules.filter((r) => r.firing && r.severity === "critical")).toEqual([]);
    expect(sent().pagerduty).toBe(0);
    expect(receivers.slack.requests.map((r) => (r.json as { text: string }).text)).toContainEqual(
      expect.stringContaining("[WARNING] Elevated Error Rate"),
    );

    await seedMinutes(
      store,
      new Date("2026-11-29T12:10:30.000Z"),
      80,
      { http_requests: 100, "http_status.5xx": 10, "http_status.2xx": 90 },
      "web-2",
    );
    // Now 6.5 % errors: High Error Rate fires, recorded but not paged.
    const worse = await evaluate(new Date("2026-11-29T11:30:30.000Z"));
    expect(worse.transitions.find((t) => t.dedupKey === "high-error-rate")?.transition).toBe("fired_in_maintenance");
    expect(await store.getAlert({ dedupKey: "high-error-rate" })).toMatchObject({ status: "firing", notifiedAt: null });
    expect(sent().pagerduty).toBe(0);

    // 04:05 Pacific: the window is over and the alert still fires: now it pages, once.
    const after = await evaluate(new Date("2026-11-29T12:05:30.000Z"));
    expect(after.maintenance).toBeNull();
    expect(after.transitions.find((t) => t.dedupKey === "high-error-rate")?.transition).toBe("fired");
    expect((await receivers.pagerduty.waitFor(1))[0]?.json).toMatchObject({
      event_action: "trigger",
      dedup_key: "marketplanai:high-error-rate",
    });
  });
});

describe("notifier failures", () => {
  it("retries a failing receiver, gives up on a dead one, and never stops the others or logs a secret", async () => {
    await seedMinutes(store, NOW, 15, aiFailing);
    receivers.slack.failNext(1, 500);
    const logged: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    const writeErr = process.stderr.write.bind(process.stderr);
    const capture = (chunk: string | Uint8Array) => {
      logged.push(String(chunk));
      return true;
    };
    process.stdout.write = capture as typeof process.stdout.write;
    process.stderr.write = capture as typeof process.stderr.write;
    let report: Awaited<ReturnType<typeof evaluate>>;
    try {
      report = await evaluate(
        NOW,
        store,
        settingsFor(receivers, { ALERT_WEBHOOK_URL: "http://127.0.0.1:9/hooks/secret-webhook-token" }),
      );
    } finally {
      process.stdout.write = write;
      process.stderr.write = writeErr;
    }
    const deliveries = report.transitions[0]?.deliveries ?? [];
    expect(deliveries).toEqual(
      expect.arrayContaining([
        { channel: "slack", delivered: true, attempts: 2 },
        { channel: "pagerduty", delivered: true, attempts: 1 },
        { channel: "webhook", delivered: false, attempts: 3 },
      ]),
    );
    const text = logged.join("");
    expect(text).toContain('"event":"alerts.notify_failed"');
    expect(text).toContain('"event":"alerts.notify_gave_up"');
    for (const secret of ["secret-slack-token", "secret-webhook-token", TEST_ROUTING_KEY, "smtp-secret-password"]) {
      expect(text).not.toContain(secret);
    }
  });
});
