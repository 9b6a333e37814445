import { WriteBatch } from "firebase-admin/firestore";
import { afterAll, describe, expect, it } from "vitest";
import { startFirestoreEmulator } from "@/tests/support/firestore-emulator";
import { FirestoreStore } from "./firestore-store";

const emulator = await startFirestoreEmulator();
const skipReason = "skipped" in emulator ? emulator.skipped : null;
if (skipReason) console.warn(`\n[firestore] SKIPPING the quota write-retry test: ${skipReason}\n`);

afterAll(async () => {
  if (!("skipped" in emulator)) await emulator.stop();
});

const limits = [
  { window: "minute" as const, limit: 10 },
  { window: "day" as const, limit: 100 },
];

describe.skipIf(skipReason !== null)("the Firestore quota when a write's answer is lost", () => {
  it("takes a unit once when a write that landed is reported as failed", async () => {
    if ("skipped" in emulator) return;
    const store = new FirestoreStore({ projectId: emulator.projectId });
    const now = new Date("2026-12-03T10:15:20Z");
    await store.consumeQuota({ key: "lost-answer", limits, now });
    // What the SDK's retry of a commit whose answer was lost reports: the write landed, its retry failed its condition.
    const commit = WriteBatch.prototype.commit;
    let lost = 0;
    WriteBatch.prototype.commit = async function (this: WriteBatch) {
      const results = await commit.call(this);
      if (lost++ === 0) throw Object.assign(new Error("9 FAILED_PRECONDITION: the stored update time differs"), { code: 9 });
      return results;
    };
    try {
      const decisions = await Promise.all([1, 2, 3].map(() => store.consumeQuota({ key: "lost-answer", limits, now })));
      expect(decisions.map((d) => d.allowed && d.used.minute)).toEqual([2, 3, 4]);
    } finally {
      WriteBatch.prototype.commit = commit;
    }
    expect(lost).toBe(1);
    expect(await store.readQuota({ key: "lost-answer", windows: ["minute", "day"], now })).toEqual({ minute: 4, day: 4 });
    await store.close();
  });
});
