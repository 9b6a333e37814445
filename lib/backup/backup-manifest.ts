import "server-only";
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { AppError } from "@/lib/errors";

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const TableStatsSchema = z.object({ rows: z.number().int().min(0), checksum: Sha256 });
export type TableStats = z.infer<typeof TableStatsSchema>;

/** What a local backup holds and how to check it: written beside the backup file, read back through zod. */
export const BackupManifestSchema = z.object({
  format: z.literal("marketplan-sqlite-backup/1"),
  id: z.string().regex(/^[\w.-]+$/),
  createdAt: z.string().datetime(),
  /** Why it was taken: a scheduled or manual backup, or the safety copy before a restore. */
  reason: z.enum(["backup", "pre-restore"]),
  source: z.string(),
  file: z.string().regex(/^[\w.-]+$/),
  /** Size and SHA-256 of the stored file (compressed, and encrypted when `encryption` is set). */
  bytes: z.number().int().min(0),
  sha256: Sha256,
  /** Size and SHA-256 of the database snapshot itself, before compression. */
  database: z.object({ bytes: z.number().int().min(0), sha256: Sha256 }),
  compression: z.literal("gzip"),
  encryption: z.object({ algorithm: z.literal("aes-256-gcm"), keyFingerprint: z.string().regex(/^[0-9a-f]{16}$/) }).nullable(),
  schemaVersion: z.number().int().min(0),
  tables: z.record(z.string(), TableStatsSchema),
});
export type BackupManifest = z.infer<typeof BackupManifestSchema>;

export const MANIFEST_SUFFIX = ".manifest.json";

export function manifestPath(dir: string, id: string): string {
  return path.join(dir, `${id}${MANIFEST_SUFFIX}`);
}

export function readManifest(file: string): BackupManifest {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    throw new AppError("bad_request", `Cannot read the backup manifest ${file}`, { cause: error });
  }
  const parsed = BackupManifestSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join(".") || "(manifest)"}: ${issue.message}`);
    throw new AppError("bad_request", `The backup manifest ${file} is not valid: ${issues.join("; ")}`);
  }
  return parsed.data;
}

export function writeManifest(dir: string, manifest: BackupManifest): string {
  const file = manifestPath(dir, manifest.id);
  fs.writeFileSync(file, `${JSON.stringify(BackupManifestSchema.parse(manifest), null, 2)}\n`, { mode: 0o600 });
  return file;
}

/** Every valid manifest in `dir`, newest first; unreadable ones are reported, not hidden. */
export function listManifests(dir: string): { manifests: BackupManifest[]; invalid: { file: string; error: string }[] } {
  if (!fs.existsSync(dir)) return { manifests: [], invalid: [] };
  const manifests: BackupManifest[] = [];
  const invalid: { file: string; error: string }[] = [];
  for (const name of fs.readdirSync(dir).filter((entry) => entry.endsWith(MANIFEST_SUFFIX))) {
    try {
      manifests.push(readManifest(path.join(dir, name)));
    } catch (error) {
      invalid.push({ file: name, error: error instanceof Error ? error.message : String(error) });
    }
  }
  manifests.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
  return { manifests, invalid };
}
