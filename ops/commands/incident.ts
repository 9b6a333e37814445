import os from "node:os";
import type { z } from "zod";
import {
  AcknowledgeIncidentRequestSchema,
  ListIncidentsQuerySchema,
  OpenIncidentRequestSchema,
  ResolveIncidentRequestSchema,
  UpdateIncidentRequestSchema,
} from "@/lib/incidents/requests";
import { apiTarget, callApi } from "../shared/api-client";
import { parseWithPositionals } from "../shared/args";
import { type Command, type CommandContext, EXIT, type ExitCode, UsageError } from "../shared/command";
import { json } from "../shared/format";
import { details, type IncidentAnswer, listTable, summaryLine } from "./incident-format";

const NAME = "incident";

const HELP = `Usage: ops ${NAME} <action> [ID] [options]

Opens and runs incidents through the app's API (/api/incidents), as the
manual's incident response (5.1 to 5.3) describes.

  open     --title T --severity SEV1..SEV4 --body TEXT [--impact none|minor|major|critical]
           [--component application|ai_service|database]... [--impact-summary TEXT]
           [--started-at ISO] [--dedup-key KEY]
  ack      ID [--body TEXT]
  update   ID --body TEXT [--status investigating|identified|monitoring] [--impact-summary TEXT]
  resolve  ID [--body TEXT] [--impact-summary TEXT]
  list     [--status open|investigating|identified|monitoring|resolved] [--since ISO]
  show     ID

Options of open, update and resolve: --timeline TEXT, --next-update TEXT (the
manual's template fields), --internal (not shown on the status page).
Every change takes --author NAME (your login name by default). --json prints
the API's answer instead of the report.

The app: BASE_URL (default http://localhost:\${PORT:-3000}); the token:
OPS_API_TOKEN, else the one the local server wrote into its data directory.

Severity targets (acknowledge / resolve): SEV1 15 min / 1 h, SEV2 1 h / 4 h,
SEV3 4 h / 24 h, SEV4 24 h / 1 week.

Exit status: 0 ok, 1 the app refused or could not be reached (409 for an
illegal transition such as resolving twice), 2 usage error.`;

const OPTIONS = {
  title: { type: "string" },
  severity: { type: "string" },
  impact: { type: "string" },
  component: { type: "string", multiple: true },
  body: { type: "string" },
  "impact-summary": { type: "string" },
  timeline: { type: "string" },
  "next-update": { type: "string" },
  "started-at": { type: "string" },
  "dedup-key": { type: "string" },
  status: { type: "string" },
  since: { type: "string" },
  author: { type: "string" },
  internal: { type: "boolean", default: false },
  json: { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false },
} as const;

type Values = ReturnType<typeof parseWithPositionals<typeof OPTIONS>>["values"];

/** Options as the API's fields: the camelCase names, defined ones only. */
const OPTION_OF_FIELD: Record<string, string> = {
  impactSummary: "impact-summary",
  nextUpdate: "next-update",
  startedAt: "started-at",
  dedupKey: "dedup-key",
  components: "component",
  public: "internal",
};

/** Checks fields with the API's own schema, so a mistake is a usage error (exit 2) naming the option. */
function validate<S extends z.ZodTypeAny>(schema: S, fields: Record<string, unknown>, allowed: string[]): z.output<S> {
  const given = Object.fromEntries(Object.entries(fields).filter(([key, value]) => allowed.includes(key) && value !== undefined));
  const parsed = schema.safeParse(given);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = String(issue?.path[0] ?? "");
  throw new UsageError(`--${OPTION_OF_FIELD[field] ?? field}: ${issue?.message ?? "invalid"}`);
}

function fieldsOf(values: Values) {
  return {
    title: values.title,
    severity: values.severity,
    impact: values.impact,
    components: values.component,
    body: values.body,
    impactSummary: values["impact-summary"],
    timeline: values.timeline,
    nextUpdate: values["next-update"],
    startedAt: values["started-at"],
    dedupKey: values["dedup-key"],
    status: values.status,
    since: values.since,
    author: values.author ?? os.userInfo().username,
    public: values.internal ? false : undefined,
  };
}

const NOTES = ["timeline", "nextUpdate", "public", "author"];

function idOf(positionals: string[], action: string): string {
  const id = positionals[0];
  if (!id) throw new UsageError(`${action} needs the incident id, e.g. ops ${NAME} ${action} inc-20261203-1430-3fa9c1`);
  return encodeURIComponent(id);
}

async function runIncident(argv: string[], context: CommandContext): Promise<ExitCode> {
  const [action, ...rest] = argv;
  const { values, positionals } = parseWithPositionals(rest, OPTIONS, 1);
  if (action === undefined || action === "--help" || action === "-h" || values.help) {
    context.out(HELP);
    return action === undefined ? EXIT.usage : EXIT.ok;
  }
  const fields = fieldsOf(values);
  // The update's `impact` is the manual's text; the CLI names it --impact-summary everywhere.
  const asUpdate = { ...fields, impact: fields.impactSummary };
  const change = async (verb: string, path: string, body: unknown) => {
    const answer = await callApi<{ incident: IncidentAnswer }>(apiTarget(), "POST", path, body);
    context.out(values.json ? json(answer) : summaryLine(verb, answer.incident));
    return EXIT.ok;
  };
  switch (action) {
    case "open": {
      const body = validate(OpenIncidentRequestSchema, fields, [
        "title",
        "severity",
        "impact",
        "components",
        "body",
        "impactSummary",
        "startedAt",
        "dedupKey",
        ...NOTES,
      ]);
      return change("Opened", "/api/incidents", body);
    }
    case "ack":
    case "acknowledge": {
      const body = validate(AcknowledgeIncidentRequestSchema, fields, ["author", "body"]);
      return change("Acknowledged", `/api/incidents/${idOf(positionals, "ack")}/acknowledge`, body);
    }
    case "update": {
      const body = validate(UpdateIncidentRequestSchema, asUpdate, ["status", "body", "impact", ...NOTES]);
      return change("Updated", `/api/incidents/${idOf(positionals, "update")}/updates`, body);
    }
    case "resolve": {
      const body = validate(ResolveIncidentRequestSchema, asUpdate, ["body", "impact", ...NOTES]);
      return change("Resolved", `/api/incidents/${idOf(positionals, "resolve")}/resolve`, body);
    }
    case "list": {
      const query = validate(ListIncidentsQuerySchema, fields, ["status", "since"]);
      const search = new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => !!entry[1]));
      const answer = await callApi<{ incidents: IncidentAnswer[] }>(apiTarget(), "GET", `/api/incidents?${search}`);
      context.out(values.json ? json(answer) : listTable(answer.incidents));
      return EXIT.ok;
    }
    case "show": {
      const answer = await callApi<{ incident: IncidentAnswer }>(
        apiTarget(),
        "GET",
        `/api/incidents/${idOf(positionals, "show")}`,
      );
      context.out(values.json ? json(answer) : details(answer.incident));
      return EXIT.ok;
    }
    default:
      throw new UsageError(`unknown action "${action}": use open, ack, update, resolve, list or show.`);
  }
}

export const incidentCommand: Command = {
  name: NAME,
  summary: "open, acknowledge, update, resolve, list and show incidents through the app's API",
  help: HELP,
  run: runIncident,
};
