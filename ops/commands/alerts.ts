import { alertSettingsFromEnv } from "@/lib/alerts/alert-settings";
import { acknowledgeAlert, type EvaluationReport, evaluateAlerts } from "@/lib/alerts/evaluator";
import { getEnv } from "@/lib/env";
import type { AlertRecord } from "@/lib/store/types";
import { parseOptions } from "../shared/args";
import { type Command, type CommandContext, EXIT, type ExitCode, UsageError } from "../shared/command";
import { json, table } from "../shared/format";

const NAME = "alerts";
const HELP = `Usage: ops ${NAME} <evaluate|list|ack> [options]

  evaluate [--json]        evaluate every alert rule now from the store's rollups,
                           record what changed and send what is due (as the in-app
                           evaluator and POST /api/cron/evaluate-alerts do)
  list [--all] [--json]    the firing alerts (with --all, resolved ones too)
  ack <dedup-key> [--json] acknowledge a firing alert: no more reminders, and
                           PagerDuty (and the other channels) hear it

Notifiers and routing come from the environment (docs/operations.md, SLOs and alerts).
Exit status: evaluate 0, or 1 when a critical alert fires; list 0; ack 0, or 1
when no such alert fires; 2 usage error.`;

function renderReport(report: EvaluationReport): string {
  const rows = report.rules.map((rule) => [rule.firing ? "FIRING" : "ok", rule.severity, rule.id, rule.summary]);
  const changes = report.transitions.map((t) => {
    const sent = t.deliveries.map((d) => `${d.channel}${d.delivered ? "" : " (failed)"}`).join(", ") || "nothing sent";
    return `  ${t.dedupKey}: ${t.transition} → ${sent}`;
  });
  return [
    `as of ${report.asOf}${report.maintenance ? `, in maintenance window ${report.maintenance} (pages held back)` : ""}`,
    "",
    table(["state", "severity", "rule", "summary"], rows),
    "",
    changes.length > 0 ? `Changes:\n${changes.join("\n")}` : "No changes.",
  ].join("\n");
}

function renderAlerts(alerts: AlertRecord[]): string {
  if (alerts.length === 0) return "No alerts.";
  return table(
    ["status", "severity", "dedup key", "since", "sent", "acknowledged", "incident"],
    alerts.map((a) => [
      a.status,
      a.severity,
      a.dedupKey,
      a.firedAt,
      String(a.notifications),
      a.acknowledgedAt ?? "-",
      a.incidentId ?? "-",
    ]),
  );
}

/** `ops alerts evaluate|list|ack`. */
export async function runAlerts(argv: string[], context: CommandContext): Promise<ExitCode> {
  const [sub, ...rest] = argv;
  if (sub === undefined || sub === "--help" || sub === "-h") {
    context.out(HELP);
    return sub === undefined ? EXIT.usage : EXIT.ok;
  }
  const values = parseOptions(
    rest.filter((arg) => arg.startsWith("-")),
    {
      json: { type: "boolean", default: false },
      all: { type: "boolean", default: false },
    },
  );
  const positional = rest.filter((arg) => !arg.startsWith("-"));
  const store = context.store();
  const now = context.now();
  if (sub === "evaluate") {
    const report = await evaluateAlerts({ store, settings: alertSettingsFromEnv(getEnv()), now });
    context.out(values.json ? json(report) : renderReport(report));
    return report.rules.some((rule) => rule.firing && rule.severity === "critical") ? EXIT.failure : EXIT.ok;
  }
  if (sub === "list") {
    const alerts = await store.listAlerts(values.all ? {} : { status: "firing" });
    context.out(values.json ? json({ alerts }) : renderAlerts(alerts));
    return EXIT.ok;
  }
  if (sub === "ack") {
    const [dedupKey] = positional;
    if (!dedupKey) throw new UsageError("ack needs the alert's dedup key (see `ops alerts list`).");
    const alert = await acknowledgeAlert({ store, settings: alertSettingsFromEnv(getEnv()), now, dedupKey });
    if (!alert) {
      context.err(`No firing alert has the dedup key ${dedupKey}.`);
      return EXIT.failure;
    }
    context.out(values.json ? json({ alert }) : `Acknowledged ${dedupKey} at ${alert.acknowledgedAt}.`);
    return EXIT.ok;
  }
  throw new UsageError(`unknown subcommand "${sub}": use evaluate, list or ack.`);
}

export const alertsCommand: Command = {
  name: NAME,
  summary: "evaluate the alert rules now, list firing alerts, acknowledge one",
  help: HELP,
  run: runAlerts,
};
