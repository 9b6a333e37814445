import "server-only";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { createGunzip, createGzip } from "node:zlib";
import Database from "better-sqlite3";
import { AppError } from "@/lib/errors";
import { encryptStream, isEncryptedFile, keyFingerprint, openEncrypted } from "./backup-crypto";
import { type BackupManifest, manifestPath, readManifest, writeManifest } from "./backup-manifest";
import { fileSha256, integrityCheck, schemaVersion, snapshotDatabase, tableStats } from "./sqlite-snapshot";

export interface LocalBackupOptions {
  /** The live database file. */
  databaseFile: string;
  backupDir: string;
  /** AES-256 key; backups are stored unencrypted without one. */
  key?: Buffer;
}

function backupId(now: Date, reason: BackupManifest["reason"]): string {
  const stamp = now
    .toISOString()
    .replaceAll(":", "")
    .replace(/\.\d+Z$/, "Z");
  return `marketplan-${stamp}${reason === "pre-restore" ? "-pre-restore" : ""}`;
}

function scratchDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "marketplan-backup-"));
}

/**
 * Takes a consistent snapshot of the live database, records its row counts and
 * checksums, then stores it gzip-compressed (and AES-256-GCM encrypted with a
 * key) beside a JSON manifest. The file appears under its final name only when complete.
 */
export async function createLocalBackup(
  options: LocalBackupOptions & { now: Date; reason?: BackupManifest["reason"] },
): Promise<BackupManifest> {
  const reason = options.reason ?? "backup";
  fs.mkdirSync(options.backupDir, { recursive: true, mode: 0o700 });
  const scratch = scratchDir();
  try {
    const snapshot = path.join(scratch, "snapshot.db");
    await snapshotDatabase(options.databaseFile, snapshot);
    const tables = tableStats(snapshot);
    const database = await fileSha256(snapshot);
    let id = backupId(options.now, reason);
    for (let n = 2; fs.existsSync(manifestPath(options.backupDir, id)); n++) id = `${backupId(options.now, reason)}-${n}`;
    const file = `${id}.db.gz${options.key ? ".enc" : ""}`;
    const target = path.join(options.backupDir, file);
    const partial = `${target}.partial`;
    const stages = [fs.createReadStream(snapshot), createGzip({ level: 6 })] as NodeJS.ReadWriteStream[];
    if (options.key) stages.push(encryptStream(options.key));
    await pipeline([...stages, fs.createWriteStream(partial, { mode: 0o600 })]);
    fs.renameSync(partial, target);
    const stored = await fileSha256(target);
    const manifest: BackupManifest = {
      format: "marketplan-sqlite-backup/1",
      id,
      createdAt: options.now.toISOString(),
      reason,
      source: options.databaseFile,
      file,
      ...stored,
      database,
      compression: "gzip",
      encryption: options.key ? { algorithm: "aes-256-gcm", keyFingerprint: keyFingerprint(options.key) } : null,
      schemaVersion: schemaVersion(snapshot),
      tables,
    };
    writeManifest(options.backupDir, manifest);
    return manifest;
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

/** Decrypts (when encrypted) and decompresses a backup file into `destination`. */
async function unpack(file: string, manifest: BackupManifest, key: Buffer | undefined, destination: string): Promise<void> {
  if (!manifest.encryption) {
    await pipeline(fs.createReadStream(file), createGunzip(), fs.createWriteStream(destination));
    return;
  }
  if (!key)
    throw new AppError(
      "bad_request",
      `Backup ${manifest.id} is encrypted: set BACKUP_ENCRYPTION_KEY to the key it was made with`,
    );
  if (keyFingerprint(key) !== manifest.encryption.keyFingerprint) {
    throw new AppError(
      "bad_request",
      `Backup ${manifest.id} was encrypted with another key (fingerprint ${manifest.encryption.keyFingerprint})`,
    );
  }
  if (!isEncryptedFile(file)) throw new AppError("bad_request", `Backup ${manifest.id}: the file lacks the encryption header`);
  const { decipher, start, end } = openEncrypted(file, key);
  try {
    await pipeline(fs.createReadStream(file, { start, end }), decipher, createGunzip(), fs.createWriteStream(destination));
  } catch (error) {
    throw new AppError(
      "bad_request",
      `Backup ${manifest.id} failed authentication: it was changed or damaged after it was made`,
      {
        cause: error,
      },
    );
  }
}

export interface VerifyResult {
  manifest: BackupManifest;
  ok: boolean;
  /** One line per check, in the order they ran. */
  checks: { name: string; ok: boolean; detail: string }[];
}

/**
 * Checks a backup end to end: the stored file's checksum, decryption (the GCM
 * tag), the database's checksum, `PRAGMA integrity_check`, then restores it into
 * a scratch database and compares every table's row count and checksum to the
 * manifest. Leaves the unpacked database at `keepAt` when given (restore uses it).
 */
export async function verifyLocalBackup(options: {
  backupDir: string;
  id: string;
  key?: Buffer;
  keepAt?: string;
}): Promise<VerifyResult> {
  const manifest = readManifest(manifestPath(options.backupDir, options.id));
  const checks: VerifyResult["checks"] = [];
  const check = (name: string, ok: boolean, detail: string) => {
    checks.push({ name, ok, detail });
    return ok;
  };
  const done = () => ({ manifest, ok: checks.every((c) => c.ok), checks });
  const file = path.join(options.backupDir, manifest.file);
  if (!check("file present", fs.existsSync(file), manifest.file)) return done();
  const stored = await fileSha256(file);
  check("file checksum", stored.sha256 === manifest.sha256, `${stored.bytes} bytes, sha256 ${stored.sha256.slice(0, 12)}…`);
  const scratch = scratchDir();
  try {
    const unpacked = options.keepAt ?? path.join(scratch, "restored.db");
    try {
      await unpack(file, manifest, options.key, unpacked);
      check(manifest.encryption ? "decrypt and decompress" : "decompress", true, "ok");
    } catch (error) {
      check(
        manifest.encryption ? "decrypt and decompress" : "decompress",
        false,
        error instanceof Error ? error.message : String(error),
      );
      return done();
    }
    const database = await fileSha256(unpacked);
    check("database checksum", database.sha256 === manifest.database.sha256, `${database.bytes} bytes`);
    const integrity = integrityCheck(unpacked);
    if (!check("integrity_check", integrity.join() === "ok", integrity.slice(0, 3).join("; "))) return done();
    // Restore into a scratch database the way `restore` writes the live one, then compare.
    const drill = path.join(scratch, "drill.db");
    await restoreInto(unpacked, drill);
    const restored = tableStats(drill);
    const names = [...new Set([...Object.keys(manifest.tables), ...Object.keys(restored)])].sort();
    const mismatched = names.filter(
      (name) =>
        restored[name]?.rows !== manifest.tables[name]?.rows || restored[name]?.checksum !== manifest.tables[name]?.checksum,
    );
    const rows = Object.values(restored).reduce((sum, t) => sum + t.rows, 0);
    check(
      "restore drill: row counts and checksums",
      mismatched.length === 0,
      mismatched.length === 0 ? `${names.length} tables, ${rows} rows match the manifest` : `differ: ${mismatched.join(", ")}`,
    );
    return done();
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * Writes `source` over `destination` through SQLite's backup API: the
 * destination is replaced page by page under SQLite's own write lock, so
 * other connections (a running app) see either the old or the new database,
 * never a mix, and pick up the new one at their next query.
 */
export async function restoreInto(source: string, destination: string): Promise<void> {
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    await db.backup(destination);
  } finally {
    db.close();
  }
}

/** Backups (manifest and file) older than `retentionDays`, never the newest one; returns the removed ids. */
export function pruneLocalBackups(options: {
  backupDir: string;
  manifests: BackupManifest[];
  retentionDays: number;
  now: Date;
  dryRun: boolean;
}): string[] {
  const cutoff = options.now.getTime() - options.retentionDays * 86_400_000;
  const [newest, ...rest] = options.manifests;
  const expired = rest.filter((manifest) => Date.parse(manifest.createdAt) < cutoff);
  if (!newest) return [];
  if (!options.dryRun) {
    for (const manifest of expired) {
      fs.rmSync(path.join(options.backupDir, manifest.file), { force: true });
      fs.rmSync(manifestPath(options.backupDir, manifest.id), { force: true });
    }
  }
  return expired.map((manifest) => manifest.id);
}
