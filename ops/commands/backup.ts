import { backupSettings } from "@/lib/backup/backup-settings";
import { runBackup } from "@/lib/backup/run-backup";
import { parseOptions } from "../shared/args";
import { type Command, type CommandContext, EXIT, type ExitCode } from "../shared/command";
import { json } from "../shared/format";

const NAME = "backup";

const HELP = `Usage: ops ${NAME} [--json]

Backs up the configured store and records a heartbeat in it (the alert "no
successful backup for 26 hours" watches that heartbeat).

  local (SQLite)  a consistent online snapshot (SQLite's backup API) of the
                  live database, gzip-compressed, encrypted with AES-256-GCM when
                  BACKUP_ENCRYPTION_KEY is set, into BACKUP_DIR (default
                  .data/backups) beside a manifest with checksums and row counts.
  Firestore       a managed export (exportDocuments) of every collection to
                  BACKUP_BUCKET/<timestamp>; waits for the operation to finish.

Options:
  --json       print one JSON document on stdout instead of the report
  -h, --help   show this help

Exit status: 0 backed up, 1 failed, 2 usage error.`;

async function run(argv: string[], context: CommandContext): Promise<ExitCode> {
  const values = parseOptions(argv, {
    json: { type: "boolean", default: false },
    help: { type: "boolean", short: "h", default: false },
  });
  if (values.help) {
    context.out(HELP);
    return EXIT.ok;
  }
  const settings = backupSettings();
  const target = context.storeTarget();
  const outcome = await runBackup({ store: context.store(), settings, now: context.now(), err: context.err });
  if (values.json) {
    const report =
      outcome.kind === "firestore"
        ? { ...outcome.export, seconds: outcome.seconds }
        : { seconds: outcome.seconds, manifest: outcome.manifest };
    context.out(json({ command: NAME, ok: true, store: target, ...report }));
    return EXIT.ok;
  }
  if (outcome.kind === "firestore") {
    const result = outcome.export;
    context.out(
      [
        `store: ${target}`,
        `export: ${result.outputUriPrefix}`,
        `documents: ${result.documents ?? "unknown"}, bytes: ${result.bytes ?? "unknown"}`,
        `took ${outcome.seconds.toFixed(1)} s`,
      ].join("\n"),
    );
    return EXIT.ok;
  }
  const { manifest, seconds } = outcome;
  const rows = Object.values(manifest.tables).reduce((sum, table) => sum + table.rows, 0);
  context.out(
    [
      `store: ${target}`,
      `backup: ${manifest.id}`,
      `file: ${settings.backupDir}/${manifest.file} (${manifest.bytes} bytes from a ${manifest.database.bytes}-byte database)`,
      `encrypted: ${manifest.encryption ? `yes, aes-256-gcm, key ${manifest.encryption.keyFingerprint}` : "no (set BACKUP_ENCRYPTION_KEY to encrypt)"}`,
      `tables: ${Object.keys(manifest.tables).length}, rows: ${rows}`,
      `took ${seconds.toFixed(2)} s`,
    ].join("\n"),
  );
  return EXIT.ok;
}

export const backupCommand: Command = {
  name: NAME,
  summary: "back up the store (SQLite file or Firestore export) and record a heartbeat",
  help: HELP,
  run,
};
