import { listManifests } from "@/lib/backup/backup-manifest";
import { backupSettings } from "@/lib/backup/backup-settings";
import { restoreFirestoreExport } from "@/lib/backup/firestore-restore";
import { restoreLocalBackup } from "@/lib/backup/sqlite-restore";
import { parseOptions } from "../shared/args";
import { type Command, type CommandContext, EXIT, type ExitCode, UsageError } from "../shared/command";
import { confirm } from "../shared/confirm";
import { json } from "../shared/format";

const NAME = "restore";

const HELP = `Usage: ops ${NAME} --id ID [--yes] [--json]

Restores a backup over the live data. Asks first (refuses without a terminal
unless --yes).

  local (SQLite)  verifies the backup fully (see backup-verify; nothing is
                  touched when a check fails), takes a safety backup of the
                  current database (reason pre-restore), then writes the backup
                  in through SQLite's backup API. A running app sees the restored
                  data at its next query; restart it anyway so nothing it cached
                  in memory outlives the restore. Writes made between the safety
                  backup and the restore are lost: stop the app first when you can.
  Firestore       imports the export (importDocuments) into the configured
                  database: documents with the same id are overwritten, others
                  are left (see docs/disaster-recovery.md).

Options:
  --id ID      the backup to restore (required; ops backup-verify --json shows ids)
  --yes        do not ask
  --json       print one JSON document on stdout instead of the report
  -h, --help   show this help

Exit status: 0 restored, 1 failed (nothing restored), 2 usage error or not confirmed.`;

async function run(argv: string[], context: CommandContext): Promise<ExitCode> {
  const values = parseOptions(argv, {
    id: { type: "string" },
    yes: { type: "boolean", default: false },
    json: { type: "boolean", default: false },
    help: { type: "boolean", short: "h", default: false },
  });
  if (values.help) {
    context.out(HELP);
    return EXIT.ok;
  }
  if (!values.id) throw new UsageError("--id is required: which backup to restore");
  const settings = backupSettings();
  const target = context.storeTarget();
  if (settings.store === "sqlite") {
    const known = listManifests(settings.backupDir).manifests.map((manifest) => manifest.id);
    if (!known.includes(values.id)) {
      throw new UsageError(`no backup "${values.id}" in ${settings.backupDir}; known: ${known.join(", ") || "none"}`);
    }
  }
  const question = `Restore backup ${values.id} over ${target}? Current data is saved first, but later writes are lost.`;
  if (!(await confirm(question, { yes: values.yes, command: `ops ${NAME}` }))) {
    context.err("Not confirmed: nothing was restored.");
    return EXIT.usage;
  }
  const started = Date.now();
  // A restore brings back the heartbeat the backup held, older than the one recorded since; keep the newer.
  const heartbeat = await context.store().getLastBackupHeartbeat();
  if (settings.store === "firestore") {
    const result = await restoreFirestoreExport({ settings, id: values.id, err: context.err });
    if (heartbeat) await context.store().recordBackupHeartbeat({ heartbeat });
    const seconds = (Date.now() - started) / 1000;
    context.out(
      values.json
        ? json({ command: NAME, ok: true, store: target, seconds, ...result })
        : [
            `store: ${target}`,
            `restored export ${result.id}: ${result.documents} documents in ${seconds.toFixed(1)} s`,
            "Restart the app (roll out again) so no instance serves what it cached before the restore.",
          ].join("\n"),
    );
    return EXIT.ok;
  }
  const result = await restoreLocalBackup({
    databaseFile: settings.databaseFile ?? "",
    backupDir: settings.backupDir,
    key: settings.key,
    id: values.id,
    now: context.now(),
  });
  // The safety backup just taken is a successful backup too.
  const latest = result.safety
    ? { at: result.safety.createdAt, kind: "sqlite" as const, location: result.safety.id, bytes: result.safety.bytes }
    : heartbeat;
  if (latest) await context.store().recordBackupHeartbeat({ heartbeat: latest });
  const seconds = (Date.now() - started) / 1000;
  if (values.json) {
    context.out(
      json({ command: NAME, ok: true, store: target, seconds, restored: values.id, safetyBackup: result.safety?.id ?? null }),
    );
  } else {
    context.out(
      [
        `store: ${target}`,
        ...result.verified.checks.map((check) => `✅ ${check.name}: ${check.detail}`),
        `safety backup of the previous data: ${result.safety?.id ?? "none (there was no database)"}`,
        `✅ restored ${values.id} in ${seconds.toFixed(2)} s`,
        "Restart the app now (npm start again, or a new rollout) so nothing it cached outlives the restore.",
      ].join("\n"),
    );
  }
  return EXIT.ok;
}

export const restoreCommand: Command = {
  name: NAME,
  summary: "restore a backup over the live data (asks first; safety backup)",
  help: HELP,
  run,
};
