import "server-only";
import type { Store } from "@/lib/store/types";
import type { BackupManifest } from "./backup-manifest";
import type { BackupSettings } from "./backup-settings";
import { type ExportRecord, startFirestoreExport } from "./firestore-export";
import { createLocalBackup } from "./sqlite-backup";

export type BackupOutcome =
  | { kind: "sqlite"; seconds: number; manifest: BackupManifest }
  | { kind: "firestore"; seconds: number; export: ExportRecord };

/**
 * Backs up the configured store (a SQLite snapshot, or a Firestore managed
 * export) and records the heartbeat the "No Successful Backup" alert watches.
 * What `ops backup` and `POST /api/cron/backup` (Cloud Scheduler) both run.
 */
export async function runBackup(args: {
  store: Store;
  settings: BackupSettings;
  now: Date;
  err?: (text: string) => void;
}): Promise<BackupOutcome> {
  const { store, settings, now } = args;
  const started = Date.now();
  const seconds = () => (Date.now() - started) / 1000;
  if (settings.store === "firestore") {
    const record = await startFirestoreExport({ settings, now, err: args.err ?? (() => {}) });
    await store.recordBackupHeartbeat({
      heartbeat: { at: now.toISOString(), kind: "firestore", location: record.outputUriPrefix, bytes: record.bytes },
    });
    return { kind: "firestore", seconds: seconds(), export: record };
  }
  const manifest = await createLocalBackup({
    databaseFile: settings.databaseFile ?? "",
    backupDir: settings.backupDir,
    key: settings.key,
    now,
  });
  await store.recordBackupHeartbeat({
    heartbeat: { at: now.toISOString(), kind: "sqlite", location: manifest.id, bytes: manifest.bytes },
  });
  return { kind: "sqlite", seconds: seconds(), manifest };
}
