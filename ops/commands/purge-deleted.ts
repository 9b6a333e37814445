import { type PurgeReport, purgeDeletedPlans, UNDO_DELETE_DAYS } from "../lifetime/deleted-plans";
import { daysOption, parseOptions } from "../shared/args";
import { type Command, type CommandContext, EXIT, type ExitCode } from "../shared/command";
import { json } from "../shared/format";

const NAME = "purge-deleted";

const HELP = `Usage: ops ${NAME} [--days N] [--dry-run] [--json]

Removes for good the plans that were soft-deleted more than N days ago, with
their versions and share links. Users can restore a deleted plan for
${UNDO_DELETE_DAYS} days, so N is never less than that. Safe to re-run.

Options:
  --days N     deleted more than N days ago (default ${UNDO_DELETE_DAYS}, at least ${UNDO_DELETE_DAYS})
  --dry-run    show the cutoff and remove nothing (the store cannot count these plans in advance)
  --json       print one JSON document on stdout instead of the report
  -h, --help   show this help

The store comes from the environment, as for every ops command; see ops/README.md.

Exit status: 0 done, 1 failed, 2 usage error.`;

export function renderPurge(report: PurgeReport, target: string): string {
  const lines = [
    `store: ${target}`,
    `${report.dryRun ? "dry run: " : ""}plans deleted before ${report.cutoff} (${report.days} days)`,
  ];
  lines.push(
    report.plans === null
      ? "would remove every plan deleted before the cutoff (the store cannot count them without removing them)"
      : `removed ${report.plans} plans`,
  );
  return lines.join("\n");
}

/** `ops purge-deleted`: parses its options, purges (or, dry, shows the cutoff) and reports it. */
export async function runPurgeDeleted(argv: string[], context: CommandContext): Promise<ExitCode> {
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
  const days = daysOption(values.days, {
    fallback: UNDO_DELETE_DAYS,
    min: UNDO_DELETE_DAYS,
    why: `deleted plans can be restored for ${UNDO_DELETE_DAYS} days`,
  });
  const target = context.storeTarget();
  const report = await purgeDeletedPlans(context.store(), { days, dryRun: values["dry-run"], now: context.now() });
  context.out(values.json ? json({ command: NAME, ok: true, store: target, ...report }) : renderPurge(report, target));
  return EXIT.ok;
}

export const purgeDeletedCommand: Command = {
  name: NAME,
  summary: `remove plans soft-deleted more than ${UNDO_DELETE_DAYS} days ago (past the undo window)`,
  help: HELP,
  run: runPurgeDeleted,
};
