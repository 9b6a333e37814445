import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SqliteStore } from "@/lib/store/sqlite/sqlite-store";
import { buildPlanRecord } from "@/tests/support/store-fixtures";
import { keyFingerprint } from "./backup-crypto";
import { listManifests } from "./backup-manifest";
import { createLocalBackup, pruneLocalBackups, verifyLocalBackup } from "./sqlite-backup";
import { restoreLocalBackup } from "./sqlite-restore";
import { fileSha256, tableStats } from "./sqlite-snapshot";

const KEY = Buffer.from("0f".repeat(32), "hex");
const now = new Date("2026-12-01T03:00:00.000Z");
let dir: string;
let databaseFile: string;
let backupDir: string;

async function seed(file: string, plans: number) {
  const store = new SqliteStore(file);
  for (let i = 0; i < plans; i++) {
    const record = buildPlanRecord({ ownerId: `owner-${i % 3}`, createdAt: new Date(now.getTime() - i * 60_000) });
    await store.createPlan({ record });
    await store.touchUser({ id: `owner-${i % 3}`, kind: "anonymous", at: now });
  }
  await store.close();
}

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "marketplan-backup-test-"));
  databaseFile = path.join(dir, "data", "marketplan.db");
  backupDir = path.join(dir, "backups");
  await seed(databaseFile, 12);
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("local SQLite backups", () => {
  it("backup, wipe, restore gives identical data", async () => {
    const before = tableStats(databaseFile);
    expect(before.plans?.rows).toBe(12);
    const manifest = await createLocalBackup({ databaseFile, backupDir, key: KEY, now });
    expect(manifest.encryption).toEqual({ algorithm: "aes-256-gcm", keyFingerprint: keyFingerprint(KEY) });
    expect(manifest.tables).toEqual(before);
    // The stored file is neither the database nor plain gzip.
    const stored = fs.readFileSync(path.join(backupDir, manifest.file));
    expect(stored.subarray(0, 8).toString("ascii")).toBe("MPBKUP01");
    expect(stored.includes(Buffer.from("SQLite format 3"))).toBe(false);

    // Wipe: the data goes, and more is written after the backup.
    fs.rmSync(path.dirname(databaseFile), { recursive: true });
    await seed(databaseFile, 2);
    expect(tableStats(databaseFile).plans?.rows).toBe(2);

    const result = await restoreLocalBackup({
      databaseFile,
      backupDir,
      key: KEY,
      id: manifest.id,
      now: new Date(now.getTime() + 1000),
    });
    expect(result.safety?.reason).toBe("pre-restore");
    expect(result.safety?.tables.plans?.rows).toBe(2);
    expect(tableStats(databaseFile)).toEqual(before);
    // The store opens the restored file and reads the plans back.
    const store = new SqliteStore(databaseFile);
    expect(await store.countPlans()).toBe(12);
    await store.close();
  });

  it("a verified backup passes every check, including the scratch restore", async () => {
    const manifest = await createLocalBackup({ databaseFile, backupDir, now });
    const result = await verifyLocalBackup({ backupDir, id: manifest.id });
    expect(result.ok).toBe(true);
    expect(result.checks.map((check) => check.name)).toEqual([
      "file present",
      "file checksum",
      "decompress",
      "database checksum",
      "integrity_check",
      "restore drill: row counts and checksums",
    ]);
  });

  it("detects a tampered encrypted backup, and a restore of it changes nothing", async () => {
    const manifest = await createLocalBackup({ databaseFile, backupDir, key: KEY, now });
    const file = path.join(backupDir, manifest.file);
    const bytes = fs.readFileSync(file);
    const middle = Math.floor(bytes.length / 2);
    bytes[middle] = (bytes[middle] ?? 0) ^ 0x01;
    fs.writeFileSync(file, bytes);
    const result = await verifyLocalBackup({ backupDir, id: manifest.id, key: KEY });
    expect(result.ok).toBe(false);
    expect(result.checks.find((check) => check.name === "file checksum")?.ok).toBe(false);
    expect(result.checks.find((check) => check.name === "decrypt and decompress")).toMatchObject({ ok: false });
    // Whoever also rewrites the manifest's checksum is still caught by the GCM tag.
    const manifestFile = path.join(backupDir, `${manifest.id}.manifest.json`);
    const forged = { ...JSON.parse(fs.readFileSync(manifestFile, "utf8")), ...(await fileSha256(file)) };
    fs.writeFileSync(manifestFile, JSON.stringify(forged));
    const again = await verifyLocalBackup({ backupDir, id: manifest.id, key: KEY });
    expect(again.checks.find((check) => check.name === "file checksum")?.ok).toBe(true);
    expect(again.checks.find((check) => check.name === "decrypt and decompress")).toMatchObject({
      ok: false,
      detail: expect.stringMatching(/failed authentication/),
    });
    const before = tableStats(databaseFile);
    await expect(restoreLocalBackup({ databaseFile, backupDir, key: KEY, id: manifest.id, now })).rejects.toThrow(
      /failed verification/,
    );
    expect(tableStats(databaseFile)).toEqual(before);
    expect(listManifests(backupDir).manifests).toHaveLength(1);
  });

  it("refuses the wrong key by its fingerprint", async () => {
    const manifest = await createLocalBackup({ databaseFile, backupDir, key: KEY, now });
    const result = await verifyLocalBackup({ backupDir, id: manifest.id, key: Buffer.alloc(32, 7) });
    expect(result.checks.find((check) => !check.ok)?.detail).toMatch(/another key/);
  });

  it("prunes backups past the retention but always keeps the newest", async () => {
    const old = await createLocalBackup({ databaseFile, backupDir, now: new Date("2026-10-01T03:00:00Z") });
    const older = await createLocalBackup({ databaseFile, backupDir, now: new Date("2026-09-01T03:00:00Z") });
    const recent = await createLocalBackup({ databaseFile, backupDir, now });
    const { manifests } = listManifests(backupDir);
    expect(manifests.map((m) => m.id)).toEqual([recent.id, old.id, older.id]);
    expect(pruneLocalBackups({ backupDir, manifests, retentionDays: 30, now, dryRun: true })).toEqual([old.id, older.id]);
    expect(listManifests(backupDir).manifests).toHaveLength(3);
    pruneLocalBackups({ backupDir, manifests, retentionDays: 30, now, dryRun: false });
    expect(listManifests(backupDir).manifests.map((m) => m.id)).toEqual([recent.id]);
    expect(fs.readdirSync(backupDir).sort()).toEqual([recent.file, `${recent.id}.manifest.json`].sort());
    const onlyOld = listManifests(backupDir).manifests;
    expect(
      pruneLocalBackups({
        backupDir,
        manifests: onlyOld,
        retentionDays: 1,
        now: new Date("2027-06-01T00:00:00Z"),
        dryRun: false,
      }),
    ).toEqual([]);
  });
});
