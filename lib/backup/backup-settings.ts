import "server-only";
import { type Env, getEnv } from "@/lib/env";
import { chooseStore } from "@/lib/store/store-choice";
import { parseBackupKey } from "./backup-crypto";

export interface BackupSettings {
  store: "sqlite" | "firestore";
  /** The live SQLite file (local mode). */
  databaseFile: string | null;
  backupDir: string;
  key: Buffer | undefined;
  retentionDays: number;
  /** gs:// prefix of Firestore exports. */
  bucket: string | undefined;
  projectId: string | undefined;
  databaseId: string | undefined;
}

/** Backup settings from the environment (lib/env.ts documents each variable). */
export function backupSettings(env: Env = getEnv()): BackupSettings {
  const choice = chooseStore(env);
  return {
    store: choice.kind,
    databaseFile: choice.kind === "sqlite" ? choice.file : null,
    backupDir: env.backupDir,
    key: env.BACKUP_ENCRYPTION_KEY ? parseBackupKey(env.BACKUP_ENCRYPTION_KEY) : undefined,
    retentionDays: env.BACKUP_RETENTION_DAYS,
    bucket: env.BACKUP_BUCKET,
    projectId: choice.kind === "firestore" ? choice.projectId : undefined,
    databaseId: choice.kind === "firestore" ? choice.databaseId : undefined,
  };
}
