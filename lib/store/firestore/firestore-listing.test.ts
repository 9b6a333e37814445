import { deleteApp, initializeApp } from "firebase-admin/app";
import { FieldValue, getFirestore, Timestamp } from "firebase-admin/firestore";
import { afterAll, describe, expect, it } from "vitest";
import { startFirestoreEmulator } from "@/tests/support/firestore-emulator";
import { buildPlanRecord, newPlanId } from "@/tests/support/store-fixtures";
import { FirestoreStore } from "./firestore-store";

// Firestore-only sides of listing (the contract covers the rest): plans saved before
// titles were folded, and the bound on how many plans one search page reads.
const emulator = await startFirestoreEmulator();
const skipReason = "skipped" in emulator ? emulator.skipped : null;
if (skipReason) console.warn(`\n[firestore] SKIPPING the Firestore listing tests: ${skipReason}\n`);

afterAll(async () => {
  if (!("skipped" in emulator)) await emulator.stop();
});

async function withAdmin<T>(projectId: string, use: (db: FirebaseFirestore.Firestore) => Promise<T>): Promise<T> {
  const app = initializeApp({ projectId }, `listing-probe-${Date.now()}-${Math.random()}`);
  try {
    return await use(getFirestore(app));
  } finally {
    await deleteApp(app);
  }
}

describe.skipIf(skipReason !== null)("FirestoreStore listing", () => {
  it("finds and sorts by name plans saved before titles were folded, giving them the folded title", async () => {
    if ("skipped" in emulator) return;
    await emulator.clear();
    const store = new FirestoreStore({ projectId: emulator.projectId });
    const old = buildPlanRecord({ ownerId: "owner-legacy", title: "Zürich Bakery", createdAt: new Date("2026-01-01T00:00:00Z") });
    const fresh = buildPlanRecord({
      ownerId: "owner-legacy",
      title: "Apple orchard",
      createdAt: new Date("2026-02-01T00:00:00Z"),
    });
    for (const record of [old, fresh]) await store.createPlan({ record });
    await withAdmin(emulator.projectId, (db) => db.collection("plans").doc(old.id).update({ titleKey: FieldValue.delete() }));

    const found = await store.listPlansByOwner({ ownerId: "owner-legacy", limit: 10, query: "zurich" });
    expect(
      found.items.map((p) => p.id),
      "search reads the title itself",
    ).toEqual([old.id]);
    const byName = await store.listPlansByOwner({ ownerId: "owner-legacy", limit: 10, sort: "title" });
    expect(byName.items.map((p) => p.title)).toEqual(["Apple orchard", "Zürich Bakery"]);
    const stored = await withAdmin(emulator.projectId, async (db) =>
      (await db.collection("plans").doc(old.id).get()).get("titleKey"),
    );
    expect(stored).toBe("zurich bakery");
    await store.close();
  });

  it("reads at most 500 plans for one search page, then answers with a cursor to go on", { timeout: 60_000 }, async () => {
    if ("skipped" in emulator) return;
    await emulator.clear();
    const store = new FirestoreStore({ projectId: emulator.projectId });
    const at = (minute: number) => Timestamp.fromDate(new Date(Date.UTC(2026, 0, 1, 0, minute)));
    // The two matches are the oldest of 520 plans: a newest-first search meets them last.
    // Only the fields a listing reads, so writing 520 of them stays quick.
    const docs = Array.from({ length: 520 }, (_, i) => {
      const title = i < 2 ? `Needle ${i}` : `Haystack ${i}`;
      return {
        id: newPlanId(),
        ownerId: "owner-many",
        title,
        titleKey: title.toLowerCase(),
        version: 1,
        createdAt: at(i),
        updatedAt: at(i),
        deletedAt: null,
        generation: { provider: "builtin" },
        completeness: { complete: true },
      };
    });
    await withAdmin(emulator.projectId, async (db) => {
      for (let i = 0; i < docs.length; i += 200) {
        const batch = db.batch();
        for (const doc of docs.slice(i, i + 200)) batch.set(db.collection("plans").doc(doc.id), doc);
        await batch.commit();
      }
    });

    const first = await store.listPlansByOwner({ ownerId: "owner-many", limit: 10, query: "needle" });
    expect(first.items, "nothing among the newest 500").toEqual([]);
    expect(first.nextCursor).not.toBeNull();
    const second = await store.listPlansByOwner({
      ownerId: "owner-many",
      limit: 10,
      query: "needle",
      cursor: first.nextCursor ?? undefined,
    });
    expect(second.items.map((p) => p.title)).toEqual(["Needle 1", "Needle 0"]);
    expect(second.nextCursor).toBeNull();
    await store.close();
  });
});
