import { listManifests } from "@/lib/backup/backup-manifest";
import { backupSettings } from "@/lib/backup/backup-settings";
import { verifyFirestoreExport } from "@/lib/backup/firestore-export";
import { BACKUP_STALE_AFTER_HOURS, hoursSinceLastBackup } from "@/lib/backup/heartbeat";
import { verifyLocalBackup } from "@/lib/backup/sqlite-backup";
import { parseOptions } from "../shared/args";
import { type Command, type CommandContext, EXIT, type ExitCode, UsageError } from "../shared/command";
import { json } from "../shared/format";

const NAME = "backup-verify";

const HELP = `Usage: ops ${NAME} [--id ID] [--json]

Checks that a backup restores (the latest one unless --id names another).

  local (SQLite)  the file's checksum; decryption (a changed byte fails the
                  AES-GCM tag); the database checksum; PRAGMA integrity_check;
                  then a restore into a scratch database whose row counts and
                  per-table checksums must equal the manifest's.
  Firestore       the latest export's operation finished, its metadata file is
                  there, and its size is within 50% of the previous export's
                  (the manual's fixed 1,000,000-byte floor, made relative).

Options:
  --id ID      the backup to check (ops backup-verify lists them when it cannot find it);
               without it, the latest, and the store's heartbeat must be at most 26 hours old
  --json       print one JSON document on stdout instead of the report
  -h, --help   show this help

Exit status: 0 the backup is good, 1 a check failed (or there is no backup), 2 usage error.`;

async function run(argv: string[], context: CommandContext): Promise<ExitCode> {
  const values = parseOptions(argv, {
    id: { type: "string" },
    json: { type: "boolean", default: false },
    help: { type: "boolean", short: "h", default: false },
  });
  if (values.help) {
    context.out(HELP);
    return EXIT.ok;
  }
  const settings = backupSettings();
  const result =
    settings.store === "firestore"
      ? await verifyFirestoreExport({ settings, id: values.id })
      : await verifyLocal(settings, values.id);
  if (!values.id) {
    // The alert's question, asked here too: is the latest successful backup recent enough?
    const hours = await hoursSinceLastBackup({ store: context.store(), now: context.now() });
    const fresh = hours !== null && hours <= BACKUP_STALE_AFTER_HOURS;
    result.checks.push({
      name: "last successful backup",
      ok: fresh,
      detail:
        hours === null ? "none recorded in the store" : `${hours.toFixed(1)} hours ago (at most ${BACKUP_STALE_AFTER_HOURS})`,
    });
    result.ok = result.ok && fresh;
  }
  if (values.json) {
    context.out(json({ command: NAME, ...result }));
  } else {
    context.out(
      [
        `store: ${context.storeTarget()}`,
        `backup: ${result.id} (${result.createdAt})`,
        ...result.checks.map((check) => `${check.ok ? "✅" : "❌"} ${check.name}: ${check.detail}`),
        result.ok ? "✅ backup verified" : "❌ backup verification FAILED",
      ].join("\n"),
    );
  }
  return result.ok ? EXIT.ok : EXIT.failure;
}

async function verifyLocal(settings: ReturnType<typeof backupSettings>, id: string | undefined) {
  const { manifests } = listManifests(settings.backupDir);
  const chosen = id ? manifests.find((manifest) => manifest.id === id) : manifests[0];
  if (!chosen) {
    if (id)
      throw new UsageError(
        `no backup "${id}" in ${settings.backupDir}; known: ${manifests.map((m) => m.id).join(", ") || "none"}`,
      );
    return {
      ok: false,
      id: "(none)",
      createdAt: "-",
      checks: [{ name: "backup present", ok: false, detail: `no backup in ${settings.backupDir}` }],
    };
  }
  const verified = await verifyLocalBackup({ backupDir: settings.backupDir, id: chosen.id, key: settings.key });
  return { ok: verified.ok, id: chosen.id, createdAt: chosen.createdAt, checks: verified.checks };
}

export const backupVerifyCommand: Command = {
  name: NAME,
  summary: "check that the latest (or a named) backup restores",
  help: HELP,
  run,
};
