import {
  CLEANUP_DEFAULT_DAYS,
  CLEANUP_MIN_DAYS,
  type CleanupReport,
  cleanupAnonymousUsers,
  LISTING_MAX,
} from "../lifetime/anonymous-users";
import { daysOption, intOption, parseOptions } from "../shared/args";
import { type Command, type CommandContext, EXIT, type ExitCode } from "../shared/command";
import { dayAndAge, json, table } from "../shared/format";

const NAME = "cleanup-anonymous";

const HELP = `Usage: ops ${NAME} [--days N] [--dry-run] [--limit N] [--json]

Removes anonymous users inactive for more than N days, with everything they
own: plans (soft-deleted ones too), plan versions, share links and activity.
Registered users are never removed.

Users are removed one at a time, in batches of 100. Each is re-read just before
removal and skipped if it has signed in (registered) or come back since it was
listed. Safe to re-run: an interrupted run is continued by the next one.
Ctrl-C (or SIGTERM) stops after the current user and prints what was done.

Options:
  --days N     inactive for more than N days (default ${CLEANUP_DEFAULT_DAYS}, at least ${CLEANUP_MIN_DAYS})
  --dry-run    list the users it would remove, with their live plans; remove nothing
  --limit N    handle at most N users this run (a dry run lists ${LISTING_MAX} at most)
  --json       print one JSON document on stdout instead of the report
  -h, --help   show this help

The store comes from the environment (STORE, MARKETPLAN_DATA_DIR, FIREBASE_PROJECT_ID,
FIRESTORE_EMULATOR_HOST); see ops/README.md.

Exit status: 0 done (also when --limit left users for a later run),
             1 failed or interrupted (run again to continue), 2 usage error.

Examples:
  ops ${NAME} --dry-run
  STORE=firestore FIREBASE_PROJECT_ID=my-project ops ${NAME} --limit 500 --json`;

const REASONS = {
  gone: "already removed by someone else",
  registered: "signed in since it was listed",
  active: "active again since it was listed",
} as const;

function stopNote(report: CleanupReport, limit: number | undefined): string | null {
  switch (report.stoppedBy) {
    case "limit":
      return report.dryRun
        ? `listed the first ${limit} only (--limit): more stale users remain`
        : `stopped at --limit ${limit}: more stale users remain; run again to continue`;
    case "listing-cap":
      return `listed the first ${LISTING_MAX} only (the store's listing cap): there may be more`;
    case "interrupted":
      return "interrupted: run again to continue";
    case "failure":
      return `failed: ${report.error}; run again to continue`;
    case null:
      return null;
  }
}

export function renderCleanup(report: CleanupReport, target: string, now: Date, limit?: number): string {
  const lines = [
    `store: ${target}`,
    `${report.dryRun ? "dry run: " : ""}anonymous users last active before ${report.cutoff} (${report.days} days)`,
  ];
  if (report.users.length > 0) {
    const rows = report.users.map((user) => [user.id, dayAndAge(user.lastActiveAt, now), String(user.plans ?? "?")]);
    lines.push("", table(["USER", "LAST ACTIVE", report.dryRun ? "LIVE PLANS" : "PLANS REMOVED"], rows), "");
  }
  for (const user of report.skipped) lines.push(`skipped ${user.id}: ${REASONS[user.reason]}`);
  const { users, plans } = report.totals;
  lines.push(report.dryRun ? `would remove ${users} users and ${plans} plans` : `removed ${users} users and ${plans} plans`);
  if (report.dryRun && users > 0) lines.push("(their soft-deleted plans go too; the store cannot count those in advance)");
  const note = stopNote(report, limit);
  if (note) lines.push(note);
  return lines.join("\n");
}

/** `ops cleanup-anonymous`: parses its options, runs the clean-up and reports it. */
export async function runCleanupAnonymous(argv: string[], context: CommandContext): Promise<ExitCode> {
  const values = parseOptions(argv, {
    days: { type: "string" },
    "dry-run": { type: "boolean", default: false },
    limit: { type: "string" },
    json: { type: "boolean", default: false },
    help: { type: "boolean", short: "h", default: false },
  });
  if (values.help) {
    context.out(HELP);
    return EXIT.ok;
  }
  const days = daysOption(values.days, {
    fallback: CLEANUP_DEFAULT_DAYS,
    min: CLEANUP_MIN_DAYS,
    why: `users active within ${CLEANUP_MIN_DAYS} days are never stale`,
  });
  const dryRun = values["dry-run"];
  const limit = intOption("limit", values.limit, { min: 1, max: dryRun ? LISTING_MAX : 10_000_000 });
  const target = context.storeTarget();
  const now = context.now();

  const report = await cleanupAnonymousUsers(context.store(), {
    days,
    dryRun,
    limit,
    now,
    signal: context.signal,
    onBatch: values.json
      ? undefined
      : ({ batch, users, plans, skipped }) => {
          if (users + skipped > 0) {
            context.err(`batch ${batch}: removed ${users} users and ${plans} plans${skipped ? `, skipped ${skipped}` : ""}`);
          }
        },
  });
  const failed = report.stoppedBy === "failure" || report.stoppedBy === "interrupted";
  context.out(
    values.json ? json({ command: NAME, ok: !failed, store: target, ...report }) : renderCleanup(report, target, now, limit),
  );
  return failed ? EXIT.failure : EXIT.ok;
}

export const cleanupAnonymousCommand: Command = {
  name: NAME,
  summary: `remove anonymous users inactive for ${CLEANUP_DEFAULT_DAYS}+ days with their plans (--dry-run lists them)`,
  help: HELP,
  run: runCleanupAnonymous,
};
