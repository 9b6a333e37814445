import { afterAll, describe, expect, it } from "vitest";
import { startFirestoreEmulator } from "@/tests/support/firestore-emulator";
import { buildPlanRecord } from "@/tests/support/store-fixtures";
import { FirestoreStore } from "./firestore-store";

// Its own emulator: this test stops it, which the contract's shared one must not see.
const emulator = await startFirestoreEmulator({ fresh: true });
const skipReason = "skipped" in emulator ? emulator.skipped : null;
if (skipReason) console.warn(`\n[firestore] SKIPPING the unreachable-Firestore test: ${skipReason}\n`);

afterAll(async () => {
  if (!("skipped" in emulator)) await emulator.stop();
});

describe.skipIf(skipReason !== null)("FirestoreStore when Firestore is unreachable", () => {
  it("answers store_unavailable within its deadline instead of hanging on the SDK's retries", { timeout: 60_000 }, async () => {
    if ("skipped" in emulator) return;
    const store = new FirestoreStore({ projectId: emulator.projectId, timeoutMs: 1_500 });
    const record = buildPlanRecord();
    // The first calls to a fresh emulator on a loaded machine can outlast the short deadline under test;
    // retry them (createPlan accepts the identical plan again) until the connection is warm.
    for (let attempt = 1; ; attempt++) {
      try {
        await store.createPlan({ record });
        await store.ping();
        break;
      } catch (error) {
        if (attempt >= 20) throw error;
      }
    }
    await emulator.stop();

    for (const call of [
      () => store.ping(),
      () => store.getPlanById({ id: record.id }),
      () => store.createPlan({ record: buildPlanRecord() }),
      () => store.addRollup({ instanceId: "web-a", minute: new Date("2026-11-26T10:00:00Z"), counters: { http_requests: 1 } }),
      () => store.listIncidents({ since: new Date("2026-11-19T00:00:00Z") }),
    ]) {
      const started = Date.now();
      await expect(call()).rejects.toMatchObject({ code: "store_unavailable", status: 503 });
      expect(Date.now() - started).toBeLessThan(6_000);
    }
    await store.close();
  });
});
