import { listManifests } from "@/lib/backup/backup-manifest";
import { backupSettings } from "@/lib/backup/backup-settings";
import { pruneLocalBackups } from "@/lib/backup/sqlite-backup";
import { daysOption, parseOptions } from "../shared/args";
import { type Command, type CommandContext, EXIT, type ExitCode } from "../shared/command";
import { json } from "../shared/format";

const NAME = "backup-prune";

const HELP = `Usage: ops ${NAME} [--days N] [--dry-run] [--json]

Removes local backups (file and manifest) older than N days, never the newest
one. Firestore exports are pruned by the bucket's lifecycle rule instead
(docs/disaster-recovery.md has the command).

Options:
  --days N     older than N days (default BACKUP_RETENTION_DAYS, 30)
  --dry-run    list what would go and remove nothing
  --json       print one JSON document on stdout instead of the report
  -h, --help   show this help

Exit status: 0 done, 1 failed, 2 usage error.`;

async function run(argv: string[], context: CommandContext): Promise<ExitCode> {
  const values = parseOptions(argv, {
    days: { type: "string" },
    "dry-run": { type: "boolean", default: false },
    json: { type: "boolean", default: false },
    help: { type: "boolean", short: "h", default: false },
  });
  if (values.help) {
    context.out(HELP);
    return EXIT.ok;
  }
  const settings = backupSettings();
  const days = daysOption(values.days, { fallback: settings.retentionDays, min: 1, why: "keep at least a day of backups" });
  const dryRun = values["dry-run"];
  const { manifests, invalid } = listManifests(settings.backupDir);
  const removed = pruneLocalBackups({
    backupDir: settings.backupDir,
    manifests,
    retentionDays: days,
    now: context.now(),
    dryRun,
  });
  for (const bad of invalid) context.err(`skipped ${bad.file}: ${bad.error}`);
  if (values.json) {
    context.out(json({ command: NAME, ok: true, dryRun, days, removed, kept: manifests.length - removed.length }));
  } else {
    context.out(
      [
        `backups in ${settings.backupDir}: ${manifests.length}`,
        `${dryRun ? "would remove" : "removed"} ${removed.length} older than ${days} days${removed.length ? `: ${removed.join(", ")}` : ""}`,
        `kept ${manifests.length - removed.length}`,
      ].join("\n"),
    );
  }
  return EXIT.ok;
}

export const backupPruneCommand: Command = {
  name: NAME,
  summary: "remove local backups past the retention (30 days)",
  help: HELP,
  run,
};
