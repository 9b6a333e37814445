import { recordSettledUptimeDays, UPTIME_DAYS_SHOWN } from "@/lib/status/uptime-days";
import { daysBefore, daysOption, parseOptions } from "../shared/args";
import { type Command, type CommandContext, EXIT, type ExitCode } from "../shared/command";
import { json } from "../shared/format";

const NAME = "purge-rollups";
/** Covers the monthly uptime SLO window (30 days) with a few days to spare. */
export const ROLLUP_RETENTION_DAYS = 35;
/** Never less: the monthly SLO and the weekly report read this far back. */
const MIN_RETENTION_DAYS = 31;

const HELP = `Usage: ops ${NAME} [--days N] [--dry-run] [--json]

Removes the per-minute metric rollups (and their hourly totals) older than N
days: the records every instance writes once a minute, which the one-number
endpoints, the weekly report, AI health and status read. First it records
the daily uptime of every settled day of the last ${UPTIME_DAYS_SHOWN} days not yet
recorded, which the status page's bars keep reading after the purge. Safe to re-run.

Options:
  --days N     older than N days (default ${ROLLUP_RETENTION_DAYS}, at least ${MIN_RETENTION_DAYS}: the monthly SLO reads 30 days back)
  --dry-run    show the cutoff and remove nothing
  --json       print one JSON document on stdout instead of the report
  -h, --help   show this help

The store comes from the environment, as for every ops command; see ops/README.md.

Exit status: 0 done, 1 failed, 2 usage error.`;

/** `ops purge-rollups`: removes rollups past their retention (or, dry, shows the cutoff). */
export async function runPurgeRollups(argv: string[], context: CommandContext): Promise<ExitCode> {
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
    fallback: ROLLUP_RETENTION_DAYS,
    min: MIN_RETENTION_DAYS,
    why: "the monthly SLO reads 30 days of rollups",
  });
  const dryRun = values["dry-run"];
  const cutoff = daysBefore(context.now(), days);
  const target = context.storeTarget();
  let uptimeDaysRecorded: number | null = null;
  let removed: number | null = null;
  if (!dryRun) {
    const store = context.store();
    const saved = await recordSettledUptimeDays({ store, now: context.now(), lookbackDays: UPTIME_DAYS_SHOWN });
    uptimeDaysRecorded = new Set(saved.map((record) => record.day)).size;
    removed = await store.purgeRollups({ before: cutoff });
  }
  const report = { dryRun, days, cutoff: cutoff.toISOString(), uptimeDaysRecorded, removed };
  if (values.json) {
    context.out(json({ command: NAME, ok: true, store: target, ...report }));
  } else {
    context.out(
      [
        `store: ${target}`,
        `${dryRun ? "dry run: " : ""}metric rollups for minutes before ${report.cutoff} (${days} days)`,
        ...(removed === null
          ? ["would record the daily uptime of days not yet recorded, then remove every rollup before the cutoff"]
          : [`recorded the daily uptime of ${uptimeDaysRecorded} more days`, `removed ${removed} instance-minute records`]),
      ].join("\n"),
    );
  }
  return EXIT.ok;
}

export const purgeRollupsCommand: Command = {
  name: NAME,
  summary: `remove per-minute metric rollups older than ${ROLLUP_RETENTION_DAYS} days`,
  help: HELP,
  run: runPurgeRollups,
};
