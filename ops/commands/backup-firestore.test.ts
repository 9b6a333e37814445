import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { FirestoreStore } from "@/lib/store/firestore/firestore-store";
import { startFirestoreEmulator } from "@/tests/support/firestore-emulator";
import { buildPlanRecord } from "@/tests/support/store-fixtures";
import { runCli } from "../testing/run-cli";

const emulator = await startFirestoreEmulator();
const skipReason = "skipped" in emulator ? emulator.skipped : null;
if (skipReason) console.warn(`\n[firestore] SKIPPING the Firestore backup and restore test: ${skipReason}\n`);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "marketplan-fs-backup-"));

afterAll(async () => {
  if (!("skipped" in emulator)) await emulator.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(skipReason !== null)("ops backup and restore on the Firestore emulator", () => {
  it("backup, wipe, restore gives the same documents; verify drills a restore into a scratch project", {
    timeout: 480_000,
  }, async () => {
    if ("skipped" in emulator) return;
    await emulator.clear();
    const env = {
      STORE: "firestore",
      FIRESTORE_EMULATOR_HOST: emulator.host,
      FIREBASE_PROJECT_ID: emulator.projectId,
      GCLOUD_PROJECT: emulator.projectId,
      METADATA_SERVER_DETECTION: "none",
      BACKUP_DIR: dir,
    };
    const store = new FirestoreStore({ projectId: emulator.projectId });
    const records = Array.from({ length: 4 }, (_, i) =>
      buildPlanRecord({ ownerId: `owner-${i}`, createdAt: new Date(Date.UTC(2026, 10, 1, i)) }),
    );
    try {
      for (const record of records) await store.createPlan({ record });
      await store.touchUser({ id: "owner-0", kind: "anonymous", at: new Date("2026-11-01T00:00:00Z") });

      const backup = await runCli(["backup", "--json"], env);
      expect(backup.code, backup.stderr).toBe(0);
      const report = JSON.parse(backup.stdout);
      expect(report.counts).toMatchObject({ plans: 4, versions: 4, users: 1, activity: 1 });
      expect(report.metadataFile).toMatch(/\.overall_export_metadata$/);
      expect(await store.getLastBackupHeartbeat()).toMatchObject({ kind: "firestore", location: report.outputUriPrefix });

      const verify = await runCli(["backup-verify"], env);
      expect(verify.code, verify.stdout + verify.stderr).toBe(0);
      expect(verify.stdout).toContain("✅ restore drill into a scratch project: document counts:");
      expect(verify.stdout).toContain("(no previous export to compare)");

      await emulator.clear();
      expect(await store.getPlanById({ id: records[0]?.id ?? "" })).toBeNull();
      const restore = await runCli(["restore", "--id", report.id, "--yes"], env);
      expect(restore.code, restore.stderr).toBe(0);
      for (const record of records) expect(await store.getPlanById({ id: record.id })).toEqual(record);
      expect(await store.getUser({ id: "owner-0" })).not.toBeNull();

      // A second, much smaller export fails the relative size check.
      await emulator.clear();
      await store.createPlan({ record: buildPlanRecord({ ownerId: "x", createdAt: new Date("2026-11-02T00:00:00Z") }) });
      expect((await runCli(["backup"], env)).code).toBe(0);
      const small = await runCli(["backup-verify"], env);
      expect(small.code).toBe(1);
      expect(small.stdout).toMatch(/❌ size against the previous export: \d+ bytes, \d+% of the previous/);
    } finally {
      await store.close();
    }
  });
});
