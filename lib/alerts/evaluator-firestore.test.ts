import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { FirestoreStore } from "@/lib/store/firestore/firestore-store";
import { startFirestoreEmulator } from "@/tests/support/firestore-emulator";
import { type AlertReceivers, startAlertReceivers } from "@/tests/support/receivers";
import { evaluateAlerts } from "./evaluator";
import { evaluateIfLeader } from "./evaluator-loop";
import { seedMinutes, settingsFor } from "./test-support";

const emulator = await startFirestoreEmulator();
const skipReason = "skipped" in emulator ? emulator.skipped : null;
if (skipReason) console.warn(`\n[firestore] SKIPPING two evaluators on one Firestore: ${skipReason}\n`);

const NOW = new Date("2026-11-25T20:00:30.000Z");
const retry = { attempts: 2, baseDelayMs: 10 };

// Two App Hosting instances: two clients on one Firestore, each with its own evaluator.
describe.skipIf(skipReason !== null)("two evaluators on one Firestore", () => {
  let receivers: AlertReceivers;
  let a: FirestoreStore;
  let b: FirestoreStore;

  beforeAll(async () => {
    receivers = await startAlertReceivers();
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await receivers?.close();
    if (!("skipped" in emulator)) await emulator.stop();
  });
  beforeEach(async () => {
    if ("skipped" in emulator) return;
    await a?.close();
    await b?.close();
    await emulator.clear();
    a = new FirestoreStore({ projectId: emulator.projectId });
    b = new FirestoreStore({ projectId: emulator.projectId });
    for (const receiver of [receivers.slack, receivers.pagerduty, receivers.webhook]) receiver.requests.length = 0;
    await seedMinutes(a, NOW, 15, { "ai_generations.gemini.ok": 6, "ai_generations.gemini.failed": 4 });
  }, 60_000);

  it("only the lease holder evaluates, and exactly one page goes out", { timeout: 60_000 }, async () => {
    const settings = settingsFor(receivers);
    const [first, second] = await Promise.all([
      evaluateIfLeader({ store: a, settings, holder: "instance-a", intervalMs: 60_000, now: NOW, retry }),
      evaluateIfLeader({ store: b, settings, holder: "instance-b", intervalMs: 60_000, now: NOW, retry }),
    ]);
    expect([first, second].filter((report) => report !== null)).toHaveLength(1);
    await receivers.pagerduty.waitFor(1);
    // The next minute the same holder renews and evaluates again; the other still waits; nothing is re-sent.
    const holder = first ? { store: a, name: "instance-a" } : { store: b, name: "instance-b" };
    const other = first ? { store: b, name: "instance-b" } : { store: a, name: "instance-a" };
    const later = new Date(NOW.getTime() + 60_000);
    expect(
      await evaluateIfLeader({ store: other.store, settings, holder: other.name, intervalMs: 60_000, now: later, retry }),
    ).toBeNull();
    expect(
      await evaluateIfLeader({ store: holder.store, settings, holder: holder.name, intervalMs: 60_000, now: later, retry }),
    ).not.toBeNull();
    expect(receivers.pagerduty.requests).toHaveLength(1);
  });

  it("two evaluations at once without the lease (cron and CLI) still page once: state changes are compare-and-set", {
    timeout: 60_000,
  }, async () => {
    const settings = settingsFor(receivers);
    const reports = await Promise.all([
      evaluateAlerts({ store: a, settings, now: NOW, retry }),
      evaluateAlerts({ store: b, settings, now: NOW, retry }),
      evaluateAlerts({ store: a, settings, now: NOW, retry }),
    ]);
    const fired = reports.flatMap((report) => report.transitions).filter((t) => t.transition === "fired");
    expect(fired).toHaveLength(1);
    await receivers.pagerduty.waitFor(1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(receivers.pagerduty.requests).toHaveLength(1);
    expect(receivers.slack.requests).toHaveLength(1);
    expect((await b.getAlert({ dedupKey: "ai-service-failure" }))?.notifications).toBe(1);
  });
});
