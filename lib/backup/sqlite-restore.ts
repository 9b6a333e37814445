import "server-only";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { AppError } from "@/lib/errors";
import type { BackupManifest } from "./backup-manifest";
import { createLocalBackup, type LocalBackupOptions, restoreInto, type VerifyResult, verifyLocalBackup } from "./sqlite-backup";

export interface RestoreResult {
  verified: VerifyResult;
  /** The safety backup of the database as it was just before the restore. */
  safety: BackupManifest | null;
}

/**
 * Restores backup `id` over the live database: verifies it fully first (nothing
 * is touched when any check fails), takes a safety backup of the current
 * database, then writes the backup in through SQLite's backup API.
 */
export async function restoreLocalBackup(options: LocalBackupOptions & { id: string; now: Date }): Promise<RestoreResult> {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "marketplan-restore-"));
  try {
    const unpacked = path.join(scratch, "restore.db");
    const verified = await verifyLocalBackup({
      backupDir: options.backupDir,
      id: options.id,
      key: options.key,
      keepAt: unpacked,
    });
    if (!verified.ok) {
      const failed = verified.checks.filter((check) => !check.ok).map((check) => `${check.name}: ${check.detail}`);
      throw new AppError("bad_request", `Backup ${options.id} failed verification; nothing was restored. ${failed.join("; ")}`);
    }
    const safety = fs.existsSync(options.databaseFile) ? await createLocalBackup({ ...options, reason: "pre-restore" }) : null;
    fs.mkdirSync(path.dirname(options.databaseFile), { recursive: true });
    await restoreInto(unpacked, options.databaseFile);
    return { verified, safety };
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}
