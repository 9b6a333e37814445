import { cancelMaintenance, listMaintenanceWindows, scheduleMaintenance } from "@/lib/maintenance/windows";
import { intOption, parseOptions } from "../shared/args";
import { type Command, type CommandContext, EXIT, type ExitCode, UsageError } from "../shared/command";
import { json, table } from "../shared/format";

const NAME = "maintenance";
const DAY_MS = 86_400_000;
const HELP = `Usage: ops ${NAME} <add|list|cancel> [options]

  add --title TEXT --start ISO --end ISO [--component C]... [--json]
        plan an ad-hoc window (components: application, ai_service, database;
        application by default); pages are held back while it is in progress
  list [--days N] [--json]
        windows from a day ago to N days ahead (default 30), the manual's
        weekly Sunday 2-4 AM Pacific window included
  cancel <id> [--json]
        cancel an ad-hoc window (the weekly one is configuration)

Exit status: 0 ok, 1 failure (a refused window, an unknown id), 2 usage error.`;

/** `ops maintenance add|list|cancel`. */
export async function runMaintenance(argv: string[], context: CommandContext): Promise<ExitCode> {
  const [sub, ...rest] = argv;
  if (sub === undefined || sub === "--help" || sub === "-h") {
    context.out(HELP);
    return sub === undefined ? EXIT.usage : EXIT.ok;
  }
  const store = context.store();
  const now = context.now();
  if (sub === "add") {
    const values = parseOptions(rest, {
      title: { type: "string" },
      start: { type: "string" },
      end: { type: "string" },
      component: { type: "string", multiple: true },
      json: { type: "boolean", default: false },
    });
    const input = { title: values.title, startsAt: values.start, endsAt: values.end, components: values.component };
    const window = await scheduleMaintenance({ store, input, now });
    context.out(
      values.json
        ? json({ window })
        : `Planned ${window.id}: ${window.title}, ${window.scheduledFor} to ${window.scheduledUntil}.`,
    );
    return EXIT.ok;
  }
  if (sub === "list") {
    const values = parseOptions(rest, { days: { type: "string" }, json: { type: "boolean", default: false } });
    const days = intOption("days", values.days, { fallback: 30, min: 1, max: 366 }) ?? 30;
    const windows = await listMaintenanceWindows({
      store,
      from: new Date(now.getTime() - DAY_MS),
      to: new Date(now.getTime() + days * DAY_MS),
      now,
    });
    context.out(
      values.json
        ? json({ windows })
        : table(
            ["id", "status", "from", "until", "title"],
            windows.map((w) => [w.id, w.status, w.scheduledFor, w.scheduledUntil, w.title]),
          ),
    );
    return EXIT.ok;
  }
  if (sub === "cancel") {
    const ids = rest.filter((arg) => !arg.startsWith("-"));
    const values = parseOptions(
      rest.filter((arg) => arg.startsWith("-")),
      { json: { type: "boolean", default: false } },
    );
    if (ids.length !== 1 || !ids[0]) throw new UsageError("cancel needs one window id (see `ops maintenance list`).");
    const window = await cancelMaintenance({ store, id: ids[0], now });
    context.out(values.json ? json({ window }) : `Cancelled ${window.id} (${window.title}).`);
    return EXIT.ok;
  }
  throw new UsageError(`unknown subcommand "${sub}": use add, list or cancel.`);
}

export const maintenanceCommand: Command = {
  name: NAME,
  summary: "plan, list and cancel maintenance windows (pages are held back during them)",
  help: HELP,
  run: runMaintenance,
};
