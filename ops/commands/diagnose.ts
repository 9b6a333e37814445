import { getEnv } from "@/lib/env";
import { checkProvider } from "@/lib/health/ai-health";
import { checkStore } from "@/lib/health/health";
import type { HealthCheck } from "@/lib/health/health-format";
import { parseOptions } from "../shared/args";
import { type Command, type CommandContext, EXIT, type ExitCode } from "../shared/command";
import { json } from "../shared/format";

const NAME = "diagnose";

const HELP = `Usage: ops ${NAME} [--json]

Checks the app's dependencies from here, without the app: the store (a ping of
SQLite or Firestore, as configured) and the AI provider (Gemini's free model
listing with the configured key, or the built-in planner). sev1-response.sh
runs it when the service is down, to tell a broken app from a broken dependency.

Options:
  --json       print one JSON document on stdout instead of the report
  -h, --help   show this help

Exit status: 0 both answer, 1 one of them failed, 2 usage error.`;

const line = (name: string, check: HealthCheck) =>
  `${check.status === "fail" ? "❌" : check.status === "warn" ? "⚠️" : "✅"} ${name}: ${check.status} (${check.componentId}, ${check.observedValue ?? "-"}${check.observedUnit ?? ""})${check.output ? `: ${check.output}` : ""}`;

async function run(argv: string[], context: CommandContext): Promise<ExitCode> {
  const values = parseOptions(argv, {
    json: { type: "boolean", default: false },
    help: { type: "boolean", short: "h", default: false },
  });
  if (values.help) {
    context.out(HELP);
    return EXIT.ok;
  }
  const env = getEnv();
  const now = context.now();
  const [store, ai] = await Promise.all([checkStore(env, now), checkProvider(env, now)]);
  const ok = store.status !== "fail" && ai.status !== "fail";
  context.out(
    values.json
      ? json({ command: NAME, ok, store: context.storeTarget(), checks: { store, ai } })
      : [`store: ${context.storeTarget()}`, line("store", store), line("AI provider", ai)].join("\n"),
  );
  return ok ? EXIT.ok : EXIT.failure;
}

export const diagnoseCommand: Command = {
  name: NAME,
  summary: "check the store and the AI provider directly (no app needed)",
  help: HELP,
  run,
};
