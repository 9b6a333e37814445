import "server-only";
import fs from "node:fs";
import path from "node:path";
import { v1 } from "firebase-admin/firestore";
import { z } from "zod";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { BackupSettings } from "./backup-settings";
import { countDocuments, withFirestore } from "./firestore-counts";
import { drillEmulatorImport } from "./firestore-restore";

/** What `ops backup` records beside each emulator export (production reads the export operations instead). */
export const ExportRecordSchema = z.object({
  format: z.literal("marketplan-firestore-export/1"),
  id: z.string().regex(/^[\w.-]+$/),
  createdAt: z.string().datetime(),
  outputUriPrefix: z.string(),
  metadataFile: z.string().nullable(),
  bytes: z.number().int().min(0).nullable(),
  documents: z.number().int().min(0).nullable(),
  counts: z.record(z.string(), z.number().int().min(0)),
});
export type ExportRecord = z.infer<typeof ExportRecordSchema>;

/** A later export smaller than this share of the previous one is suspicious (the manual's fixed 1,000,000 bytes, made relative). */
export const MIN_SIZE_RATIO = 0.5;

const stampOf = (now: Date) =>
  now
    .toISOString()
    .replaceAll(":", "")
    .replace(/\.\d+Z$/, "Z");
const exportsDir = (settings: BackupSettings) => path.join(settings.backupDir, "firestore");

function directoryBytes(dir: string): number {
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += fs.statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return total;
}

function findMetadata(dir: string): string | null {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith(".overall_export_metadata")) return path.join(entry.parentPath, entry.name);
  }
  return null;
}

function target(settings: BackupSettings) {
  if (!settings.projectId) throw new AppError("internal", "Firestore backups need a project (FIREBASE_PROJECT_ID)");
  return { projectId: settings.projectId, databaseId: settings.databaseId };
}

async function emulatorCall(action: "export" | "import", projectId: string, exportDirectory: string): Promise<void> {
  const host = getEnv().FIRESTORE_EMULATOR_HOST;
  const response = await fetch(`http://${host}/emulator/v1/projects/${projectId}:${action}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ database: `projects/${projectId}/databases/(default)`, export_directory: exportDirectory }),
    signal: AbortSignal.timeout(120_000),
  });
  if (!response.ok)
    throw new AppError("internal", `The emulator refused ${action}: HTTP ${response.status} ${await response.text()}`);
}

/**
 * A managed export of every collection. Production: exportDocuments to
 * BACKUP_BUCKET/<timestamp>, waiting for the long-running operation. Emulator:
 * its export endpoint into BACKUP_DIR/firestore/<timestamp>, with a record of
 * the document counts so a restore drill can compare.
 */
export async function startFirestoreExport({
  settings,
  now,
  err,
}: {
  settings: BackupSettings;
  now: Date;
  err: (text: string) => void;
}) {
  const where = target(settings);
  const id = `firestore-${stampOf(now)}`;
  const counts = await withFirestore(where, countDocuments);
  const documents = Object.values(counts).reduce((sum, n) => sum + n, 0);
  if (getEnv().FIRESTORE_EMULATOR_HOST) {
    const dir = path.join(exportsDir(settings), id);
    fs.mkdirSync(dir, { recursive: true });
    await emulatorCall("export", where.projectId, dir);
    const record: ExportRecord = {
      format: "marketplan-firestore-export/1",
      id,
      createdAt: now.toISOString(),
      outputUriPrefix: dir,
      metadataFile: findMetadata(dir),
      bytes: directoryBytes(dir),
      documents,
      counts,
    };
    fs.writeFileSync(path.join(exportsDir(settings), `${id}.export.json`), `${JSON.stringify(record, null, 2)}\n`);
    return record;
  }
  if (!settings.bucket) throw new AppError("bad_request", "Set BACKUP_BUCKET (gs://bucket) for Firestore exports");
  const client = new v1.FirestoreAdminClient();
  try {
    const outputUriPrefix = `${settings.bucket.replace(/\/$/, "")}/${id}`;
    err(`exporting to ${outputUriPrefix} …`);
    const [operation] = await client.exportDocuments({
      name: client.databasePath(where.projectId, where.databaseId ?? "(default)"),
      outputUriPrefix,
      collectionIds: [],
    });
    await operation.promise();
    const metadata = operation.metadata as { progressBytes?: { completedWork?: unknown } } | null;
    const bytes = Number(metadata?.progressBytes?.completedWork ?? Number.NaN);
    return {
      format: "marketplan-firestore-export/1",
      id,
      createdAt: now.toISOString(),
      outputUriPrefix,
      metadataFile: null,
      bytes: Number.isFinite(bytes) ? bytes : null,
      documents,
      counts,
    } satisfies ExportRecord;
  } finally {
    await client.close();
  }
}

/** Emulator exports recorded by `ops backup`, newest first. */
export function listEmulatorExports(settings: BackupSettings): ExportRecord[] {
  const dir = exportsDir(settings);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".export.json"))
    .map((name) => ExportRecordSchema.parse(JSON.parse(fs.readFileSync(path.join(dir, name), "utf8"))))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

type Check = { name: string; ok: boolean; detail: string };

function sizeCheck(latest: number | null, previous: number | null | undefined): Check {
  if (latest === null) return { name: "size", ok: false, detail: "unknown" };
  if (previous === undefined || previous === null)
    return {
      name: "size against the previous export",
      ok: latest > 0,
      detail: `${latest} bytes (no previous export to compare)`,
    };
  const ratio = previous === 0 ? 1 : latest / previous;
  return {
    name: "size against the previous export",
    ok: ratio >= MIN_SIZE_RATIO,
    detail: `${latest} bytes, ${(ratio * 100).toFixed(0)}% of the previous ${previous} (at least ${MIN_SIZE_RATIO * 100}% expected)`,
  };
}

/** Emulator: metadata present, size against the previous export, and a restore drill into a scratch project. */
export async function verifyFirestoreExport({ settings, id }: { settings: BackupSettings; id?: string }) {
  if (!getEnv().FIRESTORE_EMULATOR_HOST) return verifyProductionExport(settings);
  const records = listEmulatorExports(settings);
  const index = id ? records.findIndex((record) => record.id === id) : 0;
  const latest = records[index];
  if (!latest)
    return {
      ok: false,
      id: id ?? "(none)",
      createdAt: "-",
      checks: [{ name: "export present", ok: false, detail: `no export in ${exportsDir(settings)}` }],
    };
  const checks: Check[] = [];
  checks.push({
    name: "export metadata",
    ok: latest.metadataFile !== null && fs.existsSync(latest.metadataFile),
    detail: latest.metadataFile ?? "missing",
  });
  checks.push(sizeCheck(latest.bytes, records[index + 1]?.bytes));
  if (latest.metadataFile)
    checks.push(
      await drillEmulatorImport({
        projectId: target(settings).projectId,
        metadataFile: latest.metadataFile,
        expected: latest.counts,
      }),
    );
  return { ok: checks.every((check) => check.ok), id: latest.id, createdAt: latest.createdAt, checks };
}

interface ExportMetadata {
  progressBytes?: { completedWork?: unknown } | null;
  outputUriPrefix?: string | null;
  startTime?: { seconds?: unknown } | null;
}

/** Production: the latest export operation finished successfully and its size is in line with the previous one. */
async function verifyProductionExport(settings: BackupSettings) {
  const where = target(settings);
  const client = new v1.FirestoreAdminClient();
  try {
    const name = client.databasePath(where.projectId, where.databaseId ?? "(default)");
    const exports: { done: boolean; error: boolean; bytes: number | null; uri: string; start: number }[] = [];
    // The generated types declare pages, not operations; this is what the iterator yields.
    const listed = client.listOperationsAsync({ name: `${name}/operations`, filter: "" } as never) as unknown as AsyncIterable<{
      name?: string | null;
      metadata?: { type_url?: string | null } | null;
    }>;
    for await (const op of listed) {
      if (!op.name || !String(op.metadata?.type_url ?? "").endsWith("ExportDocumentsMetadata")) continue;
      // Listed operations carry their metadata packed; this decodes it.
      const decoded = await client.checkExportDocumentsProgress(op.name);
      const meta = decoded.metadata as ExportMetadata | null;
      exports.push({
        done: decoded.done === true,
        error: Boolean(decoded.error),
        bytes: meta?.progressBytes?.completedWork == null ? null : Number(meta.progressBytes.completedWork),
        uri: meta?.outputUriPrefix ?? op.name,
        start: Number(meta?.startTime?.seconds ?? 0),
      });
      if (exports.length >= 10) break;
    }
    exports.sort((a, b) => b.start - a.start);
    const successful = exports.filter((op) => op.done && !op.error);
    const [latest, previous] = successful;
    if (!latest)
      return {
        ok: false,
        id: "(none)",
        createdAt: "-",
        checks: [{ name: "export operation", ok: false, detail: "no finished export operation" }],
      };
    const createdAt = new Date(latest.start * 1000).toISOString();
    const checks: Check[] = [
      { name: "export operation", ok: true, detail: `${latest.uri} finished` },
      sizeCheck(latest.bytes, previous?.bytes),
    ];
    return { ok: checks.every((check) => check.ok), id: latest.uri, createdAt, checks };
  } finally {
    await client.close();
  }
}

export { emulatorCall };
