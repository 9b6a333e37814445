import "server-only";
import { v1 } from "firebase-admin/firestore";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { BackupSettings } from "./backup-settings";
import { countDocuments, withFirestore } from "./firestore-counts";
import { emulatorCall, listEmulatorExports } from "./firestore-export";

/**
 * Imports an export into a scratch project of the same emulator, counts its
 * documents per collection against the counts taken at export time, then
 * clears the scratch project.
 */
export async function drillEmulatorImport({
  projectId,
  metadataFile,
  expected,
}: {
  projectId: string;
  metadataFile: string;
  expected: Record<string, number>;
}) {
  const scratch = `${projectId}-drill`.slice(0, 30);
  const host = getEnv().FIRESTORE_EMULATOR_HOST;
  const clear = () => fetch(`http://${host}/emulator/v1/projects/${scratch}/databases/(default)/documents`, { method: "DELETE" });
  await clear();
  try {
    await emulatorCall("import", scratch, metadataFile);
    const restored = await withFirestore({ projectId: scratch }, countDocuments);
    const names = [...new Set([...Object.keys(expected), ...Object.keys(restored)])].sort();
    const differ = names.filter((name) => (restored[name] ?? 0) !== (expected[name] ?? 0));
    const total = Object.values(restored).reduce((sum, n) => sum + n, 0);
    return {
      name: "restore drill into a scratch project: document counts",
      ok: differ.length === 0,
      detail:
        differ.length === 0
          ? `${total} documents in ${names.length} collections match`
          : `differ: ${differ.map((n) => `${n} ${restored[n] ?? 0}/${expected[n] ?? 0}`).join(", ")}`,
    };
  } finally {
    await clear();
  }
}

/**
 * Imports export `id` into the configured database. Import overwrites
 * documents with the same id and leaves the others (docs/disaster-recovery.md).
 * Emulator: its import endpoint; production: importDocuments from the bucket.
 */
export async function restoreFirestoreExport({
  settings,
  id,
  err,
}: {
  settings: BackupSettings;
  id: string;
  err: (text: string) => void;
}) {
  if (!settings.projectId) throw new AppError("internal", "Firestore restores need a project (FIREBASE_PROJECT_ID)");
  if (getEnv().FIRESTORE_EMULATOR_HOST) {
    const record = listEmulatorExports(settings).find((candidate) => candidate.id === id);
    if (!record?.metadataFile)
      throw new AppError("bad_request", `No emulator export "${id}" with a metadata file in ${settings.backupDir}/firestore`);
    await emulatorCall("import", settings.projectId, record.metadataFile);
    const counts = await withFirestore({ projectId: settings.projectId }, countDocuments);
    return { id, documents: Object.values(counts).reduce((sum, n) => sum + n, 0) };
  }
  if (!settings.bucket) throw new AppError("bad_request", "Set BACKUP_BUCKET (gs://bucket) to restore a Firestore export");
  const client = new v1.FirestoreAdminClient();
  try {
    const inputUriPrefix = id.startsWith("gs://") ? id : `${settings.bucket.replace(/\/$/, "")}/${id}`;
    err(`importing ${inputUriPrefix} …`);
    const [operation] = await client.importDocuments({
      name: client.databasePath(settings.projectId, settings.databaseId ?? "(default)"),
      inputUriPrefix,
      collectionIds: [],
    });
    await operation.promise();
    const counts = await withFirestore({ projectId: settings.projectId, databaseId: settings.databaseId }, countDocuments);
    return { id: inputUriPrefix, documents: Object.values(counts).reduce((sum, n) => sum + n, 0) };
  } finally {
    await client.close();
  }
}
