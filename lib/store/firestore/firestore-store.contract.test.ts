import { deleteApp, initializeApp } from "firebase-admin/app";
import { getFirestore, Timestamp } from "firebase-admin/firestore";
import { afterAll, describe, expect, it } from "vitest";
import { startFirestoreEmulator } from "@/tests/support/firestore-emulator";
import { describeStoreContract } from "../store-contract";
import { FirestoreStore } from "./firestore-store";

const emulator = await startFirestoreEmulator();
const skipReason = "skipped" in emulator ? emulator.skipped : null;
if (skipReason) console.warn(`\n[firestore] SKIPPING the Firestore store contract: ${skipReason}\n`);

afterAll(async () => {
  if (!("skipped" in emulator)) await emulator.stop();
});

// The suite is declared either way, so a run without the emulator lists every case as skipped.
describe.skipIf(skipReason !== null)("Firestore emulator", () => {
  describeStoreContract("firestore", async () => {
    if ("skipped" in emulator) throw new Error(emulator.skipped);
    await emulator.clear();
    const store = new FirestoreStore({ projectId: emulator.projectId });
    return {
      store,
      // Another client on its own app: what a second App Hosting instance would be.
      another: async () => new FirestoreStore({ projectId: emulator.projectId }),
      activityDays: async (userId) => {
        const app = initializeApp({ projectId: emulator.projectId }, `activity-probe-${Date.now()}-${Math.random()}`);
        try {
          const snapshot = await getFirestore(app).collection("users").doc(userId).collection("activity").get();
          return snapshot.docs.map((doc) => doc.id).sort();
        } finally {
          await deleteApp(app);
        }
      },
      cleanup: () => store.close(),
    };
  });
});

describe.skipIf(skipReason !== null)("Firestore document layout of rollups", () => {
  it("stores dotted counter keys as literal map keys of one document per instance and minute, and per hour", async () => {
    if ("skipped" in emulator) return;
    await emulator.clear();
    const store = new FirestoreStore({ projectId: emulator.projectId });
    const app = initializeApp({ projectId: emulator.projectId }, `rollup-probe-${Date.now()}`);
    try {
      const minute = new Date("2026-11-26T10:00:00.000Z");
      await store.addRollup({ instanceId: "web/a", minute, counters: { "http_status.2xx": 2, http_requests: 2 } });
      await store.addRollup({ instanceId: "web/a", minute, counters: { "http_status.2xx": 1 } });
      const docs = (await getFirestore(app).collection("metricRollups").get()).docs;
      expect(docs.map((doc) => doc.id)).toEqual(["2026-11-26T10:00:00.000Z_web%2Fa"]);
      const data = docs[0]?.data();
      expect(data).toEqual({
        instanceId: "web/a",
        minute: Timestamp.fromDate(minute),
        counters: { "http_status.2xx": 3, http_requests: 2 },
      });
      expect(data?.counters).not.toHaveProperty("http_status");
      const hours = (await getFirestore(app).collection("metricRollupHours").get()).docs;
      expect(hours.map((doc) => [doc.id, doc.data()])).toEqual([
        [
          "2026-11-26T10:00:00.000Z_web%2Fa",
          { instanceId: "web/a", hour: Timestamp.fromDate(minute), counters: { "http_status.2xx": 3, http_requests: 2 } },
        ],
      ]);
    } finally {
      await deleteApp(app);
      await store.close();
    }
  });
});
