import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SqliteStore } from "@/lib/store/sqlite/sqlite-store";
import { buildPlanRecord } from "@/tests/support/store-fixtures";
import { runCli } from "../testing/run-cli";

const KEY = "a1".repeat(32);
let dir: string;
let env: Record<string, string>;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "marketplan-backup-cli-"));
  env = {
    MARKETPLAN_DATA_DIR: path.join(dir, "data"),
    STORE: "sqlite",
    BACKUP_ENCRYPTION_KEY: KEY,
    BACKUP_DIR: path.join(dir, "backups"),
  };
  const store = new SqliteStore(path.join(dir, "data", "marketplan.db"));
  for (let i = 0; i < 5; i++)
    await store.createPlan({ record: buildPlanRecord({ ownerId: "owner", createdAt: new Date(Date.UTC(2026, 10, 1, i)) }) });
  await store.close();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const plans = async () => {
  const store = new SqliteStore(path.join(dir, "data", "marketplan.db"));
  try {
    return await store.countPlans();
  } finally {
    await store.close();
  }
};

describe("ops backup, backup-verify, restore, backup-prune", () => {
  let id = "";

  it("backup-verify fails when there is no backup at all", { timeout: 60_000 }, async () => {
    const verify = await runCli(["backup-verify"], env);
    expect(verify.code).toBe(1);
    expect(verify.stdout).toContain("❌ backup present: no backup in");
    expect(verify.stdout).toContain("❌ last successful backup: none recorded in the store");
  });

  it("backs up, records the heartbeat and verifies", { timeout: 120_000 }, async () => {
    const backup = await runCli(["backup", "--json"], env);
    expect(backup.stderr).toBe("");
    expect(backup.code).toBe(0);
    const report = JSON.parse(backup.stdout);
    id = report.manifest.id;
    expect(report.manifest.encryption.algorithm).toBe("aes-256-gcm");
    expect(report.manifest.tables.plans.rows).toBe(5);
    const store = new SqliteStore(path.join(dir, "data", "marketplan.db"));
    expect(await store.getLastBackupHeartbeat()).toMatchObject({ kind: "sqlite", location: id, bytes: report.manifest.bytes });
    await store.close();

    const verify = await runCli(["backup-verify"], env);
    expect(verify.code).toBe(0);
    expect(verify.stdout).toContain("✅ integrity_check: ok");
    expect(verify.stdout).toMatch(/✅ restore drill: row counts and checksums: \d+ tables, \d+ rows match the manifest/);
    expect(verify.stdout).toMatch(/✅ last successful backup: 0\.\d hours ago \(at most 26\)/);
    const noKey = await runCli(["backup-verify", "--id", id], { ...env, BACKUP_ENCRYPTION_KEY: "" });
    expect(noKey.code).toBe(1);
    expect(noKey.stdout).toContain("set BACKUP_ENCRYPTION_KEY");
  });

  it("restore refuses without a terminal or --yes, and changes nothing", { timeout: 120_000 }, async () => {
    const store = new SqliteStore(path.join(dir, "data", "marketplan.db"));
    await store.createPlan({ record: buildPlanRecord({ ownerId: "owner", createdAt: new Date() }) });
    await store.close();
    const refused = await runCli(["restore", "--id", id], env);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("not a terminal, so nobody can confirm");
    expect(await plans()).toBe(6);
    const unknown = await runCli(["restore", "--id", "nope", "--yes"], env);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain(`known: ${id}`);
  });

  it("restores with --yes, after a safety backup of the current data", { timeout: 120_000 }, async () => {
    const restored = await runCli(["restore", "--id", id, "--yes"], env);
    expect(restored.code).toBe(0);
    expect(restored.stdout).toMatch(/safety backup of the previous data: marketplan-.*-pre-restore/);
    expect(restored.stdout).toContain("Restart the app");
    expect(await plans()).toBe(5);
    // The restored database held no heartbeat (the backup was taken before it); the safety backup's is recorded.
    const store = new SqliteStore(path.join(dir, "data", "marketplan.db"));
    expect((await store.getLastBackupHeartbeat())?.location).toMatch(/-pre-restore$/);
    await store.close();
    const prune = await runCli(["backup-prune", "--dry-run", "--json"], env);
    expect(JSON.parse(prune.stdout)).toMatchObject({ ok: true, dryRun: true, days: 30, removed: [], kept: 2 });
  });
});
