import path from "node:path";
import { deleteApp, type FirebaseApp, initializeApp } from "firebase/app";
import {
  collection,
  connectFirestoreEmulator,
  deleteDoc,
  doc,
  type Firestore,
  getDoc,
  getDocs,
  getFirestore,
  query,
  setDoc,
  setLogLevel,
  terminate,
  updateDoc,
  where,
} from "firebase/firestore";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFirestoreEmulator } from "@/tests/support/firestore-emulator";
import { buildPlanRecord, newPlanId } from "@/tests/support/store-fixtures";
import { FirestoreStore } from "./firestore-store";

const RULES = path.resolve(import.meta.dirname, "../../../firestore.rules");
const emulator = await startFirestoreEmulator({ rulesFile: RULES });
const skipReason = "skipped" in emulator ? emulator.skipped : null;
if (skipReason) console.warn(`\n[firestore] SKIPPING the firestore.rules tests: ${skipReason}\n`);

const apps: { app: FirebaseApp; db: Firestore }[] = [];
/** A browser's Firestore client: signed in as `uid` (an emulator mock token), or signed out. */
function client(uid: string | null): Firestore {
  if ("skipped" in emulator) throw new Error("no emulator");
  const app = initializeApp(
    { projectId: emulator.projectId, apiKey: "demo-api-key" },
    `rules-${uid ?? "signed-out"}-${apps.length}`,
  );
  const db = getFirestore(app);
  const [host = "127.0.0.1", port = "8080"] = emulator.host.split(":");
  // Signed in the way the browser is: anonymously, through Firebase Auth.
  const token = { sub: uid ?? "", user_id: uid ?? "", firebase: { sign_in_provider: "anonymous" as const, identities: {} } };
  connectFirestoreEmulator(db, host, Number(port), uid ? { mockUserToken: token } : {});
  apps.push({ app, db });
  return db;
}

const ROLLUP_MINUTE = new Date("2026-11-26T10:00:00.000Z");
const ROLLUP_ID = `${ROLLUP_MINUTE.toISOString()}_web-a`;

const denied = (operation: Promise<unknown>) => expect(operation).rejects.toMatchObject({ code: "permission-denied" });

describe.skipIf(skipReason !== null)("firestore.rules", () => {
  const alicePlan = buildPlanRecord({ ownerId: "alice" });
  let alice: Firestore;
  let bob: Firestore;
  let signedOut: Firestore;

  beforeAll(async () => {
    if ("skipped" in emulator) return;
    setLogLevel("silent");
    await emulator.clear();
    // The server's own writes (Admin SDK, not bound by rules) give the documents their real shape.
    const store = new FirestoreStore({ projectId: emulator.projectId });
    await store.createPlan({ record: alicePlan });
    await store.touchUser({ id: "alice", kind: "anonymous", at: new Date() });
    await store.consumeQuota({ key: "gemini", limits: [{ window: "minute", limit: 60 }] });
    const link = {
      tokenHash: "c".repeat(64),
      planId: alicePlan.id,
      ownerId: "alice",
      createdAt: new Date().toISOString(),
      revokedAt: null,
    };
    await store.createShareLink({ link });
    await store.addRollup({ instanceId: "web-a", minute: ROLLUP_MINUTE, counters: { http_requests: 1 } });
    const at = new Date().toISOString();
    await store.createIncident({
      incident: {
        id: "inc-1",
        title: "Slow generation",
        severity: "SEV3",
        status: "investigating",
        impact: "minor",
        components: ["ai_service"],
        createdAt: at,
        resolvedAt: null,
        updates: [{ status: "investigating", body: "Looking.", createdAt: at }],
      },
    });
    await store.close();
    [alice, bob, signedOut] = [client("alice"), client("bob"), client(null)];
  }, 60_000);

  afterAll(async () => {
    for (const { app, db } of apps.splice(0)) {
      await terminate(db);
      await deleteApp(app);
    }
    if (!("skipped" in emulator)) await emulator.stop();
  });

  it("refuses the owner (an anonymous Firebase user) every read, create, update and delete of plans", async () => {
    await denied(getDoc(doc(alice, "plans", alicePlan.id)));
    await denied(getDocs(query(collection(alice, "plans"), where("ownerId", "==", "alice"))));
    const id = newPlanId();
    await denied(setDoc(doc(alice, "plans", id), { id, ownerId: "alice", title: "Mine", model: "googleai/gemini-2.0-flash" }));
    await denied(updateDoc(doc(alice, "plans", alicePlan.id), { title: "Renamed without a version" }));
    await denied(updateDoc(doc(alice, "plans", alicePlan.id), { "provenance.model": "googleai/gemini-2.0-flash" }));
    await denied(deleteDoc(doc(alice, "plans", alicePlan.id)));
  });

  it("refuses the owner every read and write of versions: history is the server's", async () => {
    await denied(getDoc(doc(alice, "plans", alicePlan.id, "versions", "1")));
    await denied(setDoc(doc(alice, "plans", alicePlan.id, "versions", "2"), { planId: alicePlan.id, version: 2 }));
    await denied(updateDoc(doc(alice, "plans", alicePlan.id, "versions", "1"), { title: "rewritten" }));
    await denied(deleteDoc(doc(alice, "plans", alicePlan.id, "versions", "1")));
  });

  it("refuses another signed-in user everything about the plan", async () => {
    await denied(getDoc(doc(bob, "plans", alicePlan.id)));
    await denied(getDocs(query(collection(bob, "plans"), where("ownerId", "==", "alice"))));
    await denied(getDocs(collection(bob, "plans")));
    await denied(updateDoc(doc(bob, "plans", alicePlan.id), { title: "bob was here" }));
    await denied(deleteDoc(doc(bob, "plans", alicePlan.id)));
    await denied(getDoc(doc(bob, "plans", alicePlan.id, "versions", "1")));
    await denied(setDoc(doc(bob, "plans", alicePlan.id, "versions", "9"), { planId: alicePlan.id, version: 9 }));
    await denied(setDoc(doc(bob, "plans", newPlanId()), { ownerId: "alice", title: "a gift" }));
  });

  it("refuses a signed-out client", async () => {
    const id = newPlanId();
    await denied(getDoc(doc(signedOut, "plans", alicePlan.id)));
    await denied(getDocs(query(collection(signedOut, "plans"), where("ownerId", "==", "alice"))));
    await denied(setDoc(doc(signedOut, "plans", id), { id, ownerId: null, title: "nobody's" }));
  });

  it("left the plan and its history exactly as the server wrote it", async () => {
    if ("skipped" in emulator) return;
    const store = new FirestoreStore({ projectId: emulator.projectId });
    try {
      expect(await store.getPlanById({ id: alicePlan.id })).toEqual(alicePlan);
      const versions = await store.listPlanVersions({ planId: alicePlan.id, limit: 10 });
      expect(versions.items.map((v) => v.version)).toEqual([1]);
    } finally {
      await store.close();
    }
  });

  it("closes quota, users, activity, share links and ops collections to every client", async () => {
    const quota = await getDocs(collection(alice, "quota")).catch((error: unknown) => error);
    expect(quota).toMatchObject({ code: "permission-denied" });
    await denied(setDoc(doc(alice, "quota", "gemini:minute:now"), { count: 0 }));
    await denied(getDoc(doc(alice, "users", "alice")));
    await denied(setDoc(doc(alice, "users", "alice"), { kind: "registered" }));
    await denied(getDocs(collection(alice, "users", "alice", "activity")));
    await denied(getDoc(doc(alice, "shareLinks", "c".repeat(64))));
    await denied(getDoc(doc(alice, "metrics", "rollup")));
    await denied(setDoc(doc(signedOut, "incidents", "x"), { open: true }));
  });

  it("closes metric rollups and incidents to every client, signed in or not", async () => {
    for (const db of [alice, signedOut]) {
      await denied(getDoc(doc(db, "metricRollups", ROLLUP_ID)));
      await denied(getDocs(collection(db, "metricRollups")));
      await denied(setDoc(doc(db, "metricRollups", ROLLUP_ID), { counters: { http_requests: 1000 } }));
      await denied(deleteDoc(doc(db, "metricRollups", ROLLUP_ID)));
      await denied(getDoc(doc(db, "metricRollupHours", ROLLUP_ID)));
      await denied(setDoc(doc(db, "metricRollupHours", ROLLUP_ID), { counters: { http_requests: 1000 } }));
      await denied(getDoc(doc(db, "incidents", "inc-1")));
      await denied(getDocs(query(collection(db, "incidents"), where("resolvedAt", "==", null))));
      await denied(updateDoc(doc(db, "incidents", "inc-1"), { status: "resolved" }));
      await denied(setDoc(doc(db, "incidents", "inc-2"), { title: "fake outage" }));
    }
  });
});
