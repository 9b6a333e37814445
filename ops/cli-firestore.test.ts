import { afterAll, describe, expect, it } from "vitest";
import { FirestoreStore } from "@/lib/store/firestore/firestore-store";
import { startFirestoreEmulator } from "@/tests/support/firestore-emulator";
import { runCli } from "./testing/run-cli";
import { existingPlans, seedLifetimeScenario } from "./testing/temp-store";

const emulator = await startFirestoreEmulator();
const skipReason = "skipped" in emulator ? emulator.skipped : null;
if (skipReason) console.warn(`\n[firestore] SKIPPING the ops CLI against Firestore: ${skipReason}\n`);

afterAll(async () => {
  if (!("skipped" in emulator)) await emulator.stop();
});

// Production's path: STORE=firestore and a project, here pointed at Google's emulator.
describe.skipIf(skipReason !== null)("ops/cli.ts end to end (Firestore emulator)", () => {
  it("dry run, real run and re-run of cleanup-anonymous; then exits without hanging", async () => {
    if ("skipped" in emulator) throw new Error(emulator.skipped);
    await emulator.clear();
    const store = new FirestoreStore({ projectId: emulator.projectId });
    const scenario = await seedLifetimeScenario(store, new Date());
    const env = {
      STORE: "firestore",
      FIREBASE_PROJECT_ID: emulator.projectId,
      FIRESTORE_EMULATOR_HOST: emulator.host,
      METADATA_SERVER_DETECTION: "none",
    };
    const others = [...scenario.recent.planIds, ...scenario.registered.planIds];
    try {
      const dry = await runCli(["cleanup-anonymous", "--dry-run", "--json"], env);
      expect(dry.code, dry.stderr).toBe(0);
      expect(JSON.parse(dry.stdout)).toMatchObject({
        store: `firestore project ${emulator.projectId} (emulator at ${emulator.host})`,
        users: [{ id: "u_stale-anonymous", plans: 2 }],
        totals: { users: 1, plans: 2 },
      });
      expect(await existingPlans(store, scenario.stale.planIds)).toEqual(scenario.stale.planIds);

      const real = await runCli(["cleanup-anonymous"], env);
      expect(real.code, real.stderr).toBe(0);
      expect(real.stdout).toContain("removed 1 users and 3 plans");
      expect(await existingPlans(store, scenario.stale.planIds)).toEqual([]);
      expect(await store.getUser({ id: "u_stale-anonymous" })).toBeNull();
      expect(await store.getShareLink({ tokenHash: scenario.staleLink })).toBeNull();
      expect(await existingPlans(store, others)).toEqual(others);
      expect(await store.getUser({ id: "registered-user" })).not.toBeNull();

      const again = await runCli(["cleanup-anonymous", "--json"], env);
      expect(again.code, again.stderr).toBe(0);
      expect(JSON.parse(again.stdout)).toMatchObject({ totals: { users: 0, plans: 0 }, stoppedBy: null });
    } finally {
      await store.close();
    }
  });
});
