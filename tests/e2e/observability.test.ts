import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FirestoreStore } from "@/lib/store/firestore/firestore-store";
import { type FirestoreEmulator, restartFirestoreEmulator, startFirestoreEmulator } from "@/tests/support/firestore-emulator";
import { type NextServer, startNextServer } from "@/tests/support/next-server";
import { type AlertReceivers, startAlertReceivers } from "@/tests/support/receivers";
import { inWeeklyMaintenance } from "@/tests/support/weekly-maintenance";

/**
 * Issue 5 against the built app: two `next start` instances on one Firestore
 * (the production shape), the one-number rpm endpoint counting both,
 * exactly one of them evaluating alerts and notifying (issue 9), and health
 * turning fail/503 while Firestore is down and pass again by itself.
 */

// A fresh emulator of our own: this test stops it.
const firstEmulator = await startFirestoreEmulator({ fresh: true });
const skipReason = "skipped" in firstEmulator ? firstEmulator.skipped : null;
if (skipReason) console.warn(`\n[e2e] SKIPPING the two-instance observability test: ${skipReason}\n`);

const OPS_TOKEN = "ops-token-for-the-observability-e2e-test-0123456789";
const auth = { authorization: `Bearer ${OPS_TOKEN}` };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function getText(url: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, { headers });
  return { status: response.status, type: response.headers.get("content-type"), text: await response.text() };
}

/** Waits until `predicate` holds for a fresh GET, or fails after `timeoutMs`. */
async function until(url: string, predicate: (status: number, body: string) => boolean, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  let last = { status: 0, text: "" };
  while (Date.now() < deadline) {
    try {
      last = await getText(url);
      if (predicate(last.status, last.text)) return last;
    } catch {
      // The server is busy; try again.
    }
    await sleep(1_000);
  }
  throw new Error(`${url} did not reach the expected state within ${timeoutMs} ms; last: ${last.status} ${last.text}`);
}

describe.skipIf(skipReason !== null)("observability on two instances sharing Firestore", () => {
  let emulator: FirestoreEmulator | undefined;
  let a: NextServer;
  let b: NextServer;
  let receivers: AlertReceivers;

  beforeAll(async () => {
    if ("skipped" in firstEmulator) throw new Error("unreachable: skipped without an emulator");
    emulator = firstEmulator;
    receivers = await startAlertReceivers();
    // The last backup finished 27 hours ago: the backup rule fires on the first evaluation, on whichever instance leads.
    const store = new FirestoreStore({ projectId: emulator.projectId });
    const at = new Date(Date.now() - 27 * 3_600_000).toISOString();
    await store.recordBackupHeartbeat({ heartbeat: { at, kind: "firestore", location: "gs://e2e/backup-1", bytes: null } });
    await store.close();
    const env = {
      ...receivers.env,
      ALERTS_ENABLED: "true",
      ALERT_EVALUATION_INTERVAL_MS: "3000",
      GEMINI_API_KEY: undefined,
      GOOGLE_API_KEY: undefined,
      GEMINI_BASE_URL: undefined,
      AUTH_MODE: undefined,
      FIREBASE_AUTH_EMULATOR_HOST: undefined,
      STORE: "firestore",
      FIRESTORE_EMULATOR_HOST: emulator.host,
      FIREBASE_PROJECT_ID: emulator.projectId,
      FIRESTORE_TIMEOUT_MS: "2000",
      OPS_API_TOKEN: OPS_TOKEN,
      APP_SECRET: "a-secret-shared-by-both-instances-0123456789",
      METADATA_SERVER_DETECTION: "none",
    };
    [a, b] = await Promise.all([startNextServer({ env }), startNextServer({ env })]);
  });

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await emulator?.stop();
    await receivers?.close();
  });

  it("counts the requests of both instances in /api/metrics/rpm", { timeout: 240_000 }, async () => {
    // A minute in which only this test talks to the servers: the next one to begin
    // (the servers' own readiness checks fell in the current one).
    await sleep(60_000 - (Date.now() % 60_000) + 500);
    const minute = Math.floor(Date.now() / 60_000);
    for (let i = 0; i < 7; i++) expect((await fetch(`${a.url}/api/livez`)).status).toBe(200);
    for (let i = 0; i < 5; i++) expect((await fetch(`${b.url}/api/livez`)).status).toBe(200);
    expect(Math.floor(Date.now() / 60_000), "all 12 requests fell in one minute").toBe(minute);

    // Each instance writes its minute just after it ends.
    const endOfMinute = (minute + 1) * 60_000;
    await sleep(Math.max(0, endOfMinute - Date.now()) + 5_000);

    const plain = await getText(`${a.url}/api/metrics/rpm`, auth);
    expect(plain.status).toBe(200);
    expect(plain.type).toMatch(/^text\/plain/);
    expect(plain.text.trim()).toBe("12");
    const fromB = await fetch(`${b.url}/api/metrics/rpm`, { headers: { ...auth, accept: "application/json" } });
    expect(await fromB.json()).toMatchObject({ value: 12 });
    expect((await fetch(`${b.url}/api/metrics/rpm`)).status).toBe(401);
  });

  it.skipIf(inWeeklyMaintenance())("has exactly one instance evaluate the alert rules and notify", async () => {
    const backupAlert = (text: string) => text.includes("No Successful Backup");
    const [slack] = await receivers.slack.waitForMatch((r) => backupAlert(r.raw), 1, 30_000);
    expect((slack?.json as { text?: string } | undefined)?.text).toMatch(/^:warning: \[WARNING\] No Successful Backup/);
    const [mail] = await receivers.smtp.waitForMatch((m) => backupAlert(m.subject), 1, 30_000);
    expect(mail?.subject).toBe("[WARNING] No Successful Backup");
    // A few more rounds on both instances: still one message per receiver, from one instance's evaluator.
    await sleep(7_000);
    expect(receivers.slack.requests.filter((r) => backupAlert(r.raw))).toHaveLength(1);
    expect(receivers.smtp.mails.filter((m) => backupAlert(m.subject))).toHaveLength(1);
    const aboutBackup = (json: unknown) =>
      (json as { alert?: { dedupKey?: string } } | undefined)?.alert?.dedupKey === "backup-missing";
    expect(receivers.webhook.requests.filter((r) => aboutBackup(r.json))).toHaveLength(1);
    const evaluated = [a, b].map((server) => server.logs());
    for (const logs of evaluated) expect(logs).toContain('"event":"alerts.evaluator_started"');
    const transitions = evaluated.map((logs) => logs.includes('"event":"alerts.transition","dedupKey":"backup-missing"'));
    expect(transitions.filter(Boolean)).toHaveLength(1);
  });

  it("serves /api/metrics as Prometheus text on each instance, pages included", async () => {
    expect((await getText(`${b.url}/`)).status).toBe(200);
    expect((await getText(`${b.url}/plans/AAAAAAAAAAAAAAAAAAAAAA`)).status).toBe(404);
    const { status, type, text } = await getText(`${b.url}/api/metrics`, auth);
    expect(text).toMatch(/^marketplanai_http_requests_total\{route="\/",method="GET",status_class="2xx"\} [1-9]/m);
    expect(text).toMatch(/^marketplanai_http_requests_total\{route="\/plans\/\[id\]",method="GET",status_class="4xx"\} 1$/m);
    expect(text).not.toContain("AAAAAAAAAAAAAAAAAAAAAA");
    expect(status).toBe(200);
    expect(type).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(text).toMatch(/^marketplanai_http_requests_total\{route="\/api\/livez",method="GET",status_class="2xx"\} [5-9]/m);
  });

  it("turns health fail/503 while Firestore is down and pass again by itself", { timeout: 180_000 }, async () => {
    const up = await getText(`${a.url}/api/health`);
    expect(up.status).toBe(200);
    expect(up.type).toBe("application/health+json");
    const healthy = JSON.parse(up.text);
    // Production (Firestore) without a Gemini key is `warn`: the built-in planner writes every plan.
    expect(healthy.status).toBe("warn");
    expect(healthy.checks["firestore:responseTime"][0].status).not.toBe("fail");
    expect(healthy.checks["ai:configuration"][0]).toMatchObject({ componentId: "builtin-planner", status: "warn" });

    const port = Number(emulator?.host.split(":").pop());
    await emulator?.stop();
    emulator = undefined;

    const down = await until(`${a.url}/api/health`, (status) => status === 503, 60_000);
    const report = JSON.parse(down.text);
    expect(report.status).toBe("fail");
    expect(report.checks["firestore:responseTime"][0]).toMatchObject({ componentId: "firestore", status: "fail" });
    expect(down.text).not.toContain(OPS_TOKEN);
    // Each instance caches its own checks and its own Firestore client backs off: b may follow a by a few seconds.
    expect((await until(`${b.url}/api/readyz`, (status) => status === 503, 30_000)).status).toBe(503);
    expect((await fetch(`${b.url}/api/livez`)).status).toBe(200);
    const statusPage = await until(`${b.url}/api/status`, (_, body) => body.includes("major_outage"), 30_000);
    const summary = JSON.parse(statusPage.text);
    expect(summary.components.find((c: { id: string }) => c.id === "database").status).toBe("major_outage");
    expect(summary.status.indicator).toBe("critical");

    emulator = await restartFirestoreEmulator(port);
    const back = await until(`${a.url}/api/health`, (status) => status === 200, 90_000);
    expect(JSON.parse(back.text).checks["firestore:responseTime"][0].status).not.toBe("fail");
    expect((await until(`${b.url}/api/readyz`, (status) => status === 200, 30_000)).status).toBe(200);
  });
});
