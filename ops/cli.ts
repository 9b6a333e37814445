/**
 * The on-call command line. Run from the repository root:
 *
 *   node --conditions=react-server --import tsx ops/cli.ts <command> [options]
 *   npm run -s ops -- <command> [options]
 *
 * Exit status: 0 ok, 1 failure, 2 usage error. Results go to stdout (one JSON
 * document with --json), progress and errors to stderr.
 */
import { getStore } from "@/lib/store";
import type { Store } from "@/lib/store/types";
import { alertsCommand } from "./commands/alerts";
import { backupCommand } from "./commands/backup";
import { backupPruneCommand } from "./commands/backup-prune";
import { backupVerifyCommand } from "./commands/backup-verify";
import { capacityCommand } from "./commands/capacity";
import { cleanupAnonymousCommand } from "./commands/cleanup-anonymous";
import { diagnoseCommand } from "./commands/diagnose";
import { incidentCommand } from "./commands/incident";
import { maintenanceCommand } from "./commands/maintenance";
import { probeCommand } from "./commands/probe";
import { purgeDeletedCommand } from "./commands/purge-deleted";
import { purgeRollupsCommand } from "./commands/purge-rollups";
import { restoreCommand } from "./commands/restore";
import { type Command, type CommandContext, EXIT, type ExitCode, UsageError } from "./shared/command";
import { errorMessage, json } from "./shared/format";
import { describeStoreTarget } from "./shared/store-target";

const COMMANDS: readonly Command[] = [
  cleanupAnonymousCommand,
  purgeDeletedCommand,
  purgeRollupsCommand,
  probeCommand,
  incidentCommand,
  alertsCommand,
  maintenanceCommand,
  backupCommand,
  backupVerifyCommand,
  restoreCommand,
  backupPruneCommand,
  diagnoseCommand,
  capacityCommand,
];

function overview(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  return [
    "Usage: ops <command> [options]        (ops <command> --help for its options)",
    "",
    "Commands:",
    ...COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    "",
    "Exit status: 0 ok, 1 failure, 2 usage error. See ops/README.md.",
  ].join("\n");
}

const write = (stream: NodeJS.WriteStream) => (text: string) => {
  stream.write(text.endsWith("\n") ? text : `${text}\n`);
};

/** Stops commands at their next safe point on the first SIGINT/SIGTERM; a second one quits at once. */
function abortOnSignals(err: (text: string) => void): AbortSignal {
  const controller = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    if (controller.signal.aborted) {
      err(`${signal} again: quitting now`);
      process.exit(EXIT.failure);
    }
    err(`${signal}: stopping after the current step (send it again to quit at once)`);
    controller.abort();
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  return controller.signal;
}

async function main(argv: string[]): Promise<ExitCode> {
  const out = write(process.stdout);
  const err = write(process.stderr);
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    (name === undefined ? err : out)(overview());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    err(`ops: unknown command "${name}"\n\n${overview()}`);
    return EXIT.usage;
  }

  let store: Store | undefined;
  const context: CommandContext = {
    out,
    err,
    store: () => {
      store ??= getStore();
      return store;
    },
    storeTarget: describeStoreTarget,
    signal: abortOnSignals(err),
    now: () => new Date(),
  };
  try {
    return await command.run(rest, context);
  } catch (error) {
    if (error instanceof UsageError) {
      err(`ops ${name}: ${error.message}\nRun "ops ${name} --help" for usage.`);
      return EXIT.usage;
    }
    err(`ops ${name}: ${errorMessage(error)}`);
    if (rest.includes("--json")) out(json({ command: name, ok: false, error: errorMessage(error) }));
    return EXIT.failure;
  } finally {
    await store?.close().catch((error: unknown) => err(`ops ${name}: closing the store: ${errorMessage(error)}`));
  }
}

// Store log lines go to stdout; keep them out of reports and JSON unless asked for.
process.env.LOG_LEVEL ??= "error";
// No top-level await: without "type": "module" tsx loads this file as CommonJS.
void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
  // A client that keeps the event loop alive must not hang a cron job.
  setTimeout(() => process.exit(), 5_000).unref();
});
