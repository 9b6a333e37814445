import { deleteApp, initializeApp } from "firebase-admin/app";
import { getFirestore } from "firebase-admin/firestore";
import { afterAll, describe } from "vitest";
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
