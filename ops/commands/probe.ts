import os from "node:os";
import { minuteStart } from "@/lib/metrics/minute-counters";
import { type ProbeRound, probeRound, probeRoundCounters } from "@/lib/probe/prober";
import { recordSettledUptimeDaysOnce } from "@/lib/status/uptime-days";
import { intOption, parseOptions } from "../shared/args";
import { type Command, type CommandContext, EXIT, type ExitCode, UsageError } from "../shared/command";
import { errorMessage } from "../shared/format";

const NAME = "probe";
const DEFAULT_INTERVAL_S = 30;

const HELP = `Usage: ops ${NAME} [--url URL] [--interval S] [--count N] [--once] [--json]

Checks the manual's three endpoints every S seconds: GET URL/, GET
URL/api/health and POST URL/api/ai/health (2xx within 5 s passes; AI trouble
is health's warn, 200). A round passes when all three do. Each round is
recorded in the store's per-minute rollups (the totals and per target), which
/api/metrics/uptime/weekly and the weekly report read, and once a day the
daily uptime of the days that have ended, which the status page's 90 days of
bars read after the rollups are purged. Run it from outside the
app (another machine, a scheduler) so that an app that is down is counted:
the in-app prober cannot count its own absence.

Options:
  --url URL       the app's base URL (default http://localhost:\${PORT:-3000})
  --interval S    seconds between checks (default ${DEFAULT_INTERVAL_S}, 1 to 3600)
  --count N       stop after N checks (default: until interrupted)
  --once          one check, same as --count 1
  --json          one JSON line per check on stdout instead of the report
  -h, --help      show this help

The store comes from the environment, as for every ops command; see ops/README.md.

Exit status: 0 when the last round passed, 1 when it failed, 2 usage error.`;

function render(round: ProbeRound, at: Date): string {
  const verdict = round.passed ? "pass" : "FAIL";
  const targets = round.targets.map(
    ({ target, result }) => `${target.id} ${result.status ?? "-"} ${result.ms} ms${result.passed ? "" : ` (${result.reason})`}`,
  );
  return `${at.toISOString()}  ${verdict}  ${targets.join(", ")}`;
}

function asJson(round: ProbeRound) {
  return {
    passed: round.passed,
    targets: Object.fromEntries(round.targets.map(({ target, result }) => [target.id, result])),
  };
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    }
    signal.addEventListener("abort", done, { once: true });
  });
}

/** `ops probe`: checks health on a schedule and records every result in the store. */
export async function runProbe(argv: string[], context: CommandContext): Promise<ExitCode> {
  const values = parseOptions(argv, {
    url: { type: "string" },
    interval: { type: "string" },
    count: { type: "string" },
    once: { type: "boolean", default: false },
    json: { type: "boolean", default: false },
    help: { type: "boolean", short: "h", default: false },
  });
  if (values.help) {
    context.out(HELP);
    return EXIT.ok;
  }
  const url = values.url ?? `http://localhost:${process.env.PORT || 3000}`;
  if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) {
    throw new UsageError(`--url must be an http(s) URL such as http://localhost:3000, not "${url}".`);
  }
  const intervalS = intOption("interval", values.interval, { fallback: DEFAULT_INTERVAL_S, min: 1, max: 3600 }) ?? 30;
  const count = values.once ? 1 : intOption("count", values.count, { min: 1, max: 1_000_000 });
  const instanceId = `prober-${os.hostname().slice(0, 80)}-${process.pid}`;
  const store = context.store();
  context.err(`probing ${url} (/, /api/health, /api/ai/health) every ${intervalS} s, recording to ${context.storeTarget()}`);

  let last: ProbeRound | undefined;
  for (let done = 0; count === undefined || done < count; done++) {
    if (done > 0) await sleep(intervalS * 1000, context.signal);
    if (context.signal.aborted) break;
    const at = context.now();
    last = await probeRound(url);
    try {
      await store.addRollup({ instanceId, minute: new Date(minuteStart(at)), counters: probeRoundCounters(last) });
    } catch (error) {
      context.err(`could not record the check: ${errorMessage(error)}`);
    }
    // A prober run by a scheduler also keeps each settled day's uptime for the status page (once a day).
    await recordSettledUptimeDaysOnce({ store, now: at }).catch((error: unknown) => {
      context.err(`could not record the daily uptime: ${errorMessage(error)}`);
    });
    context.out(values.json ? JSON.stringify({ command: NAME, at: at.toISOString(), url, ...asJson(last) }) : render(last, at));
  }
  return last?.passed === false ? EXIT.failure : EXIT.ok;
}

export const probeCommand: Command = {
  name: NAME,
  summary: "check /, /api/health and /api/ai/health every 30 s and record uptime in the store",
  help: HELP,
  run: runProbe,
};
