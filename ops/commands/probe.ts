import os from "node:os";
import { minuteStart } from "@/lib/metrics/minute-counters";
import { RollupKey } from "@/lib/metrics/rollup-keys";
import { type ProbeResult, probeOnce } from "@/lib/probe/prober";
import { intOption, parseOptions } from "../shared/args";
import { type Command, type CommandContext, EXIT, type ExitCode, UsageError } from "../shared/command";
import { errorMessage } from "../shared/format";

const NAME = "probe";
const DEFAULT_INTERVAL_S = 30;

const HELP = `Usage: ops ${NAME} [--url URL] [--interval S] [--count N] [--once] [--json]

Checks URL/api/health every S seconds (2xx within 5 s passes: health's pass
and warn) and records each result in the store's per-minute rollups, which
/api/metrics/uptime/weekly and the weekly report read. Run it from outside the
app (another machine, a scheduler) so that an app that is down is counted:
the in-app prober (PROBER_ENABLED=true) cannot count its own absence.

Options:
  --url URL       the app's base URL (default http://localhost:\${PORT:-3000})
  --interval S    seconds between checks (default ${DEFAULT_INTERVAL_S}, 1 to 3600)
  --count N       stop after N checks (default: until interrupted)
  --once          one check, same as --count 1
  --json          one JSON line per check on stdout instead of the report
  -h, --help      show this help

The store comes from the environment, as for every ops command; see ops/README.md.

Exit status: 0 when the last check passed, 1 when it failed, 2 usage error.`;

function render(result: ProbeResult, at: Date): string {
  const verdict = result.passed ? "pass" : `FAIL (${result.reason})`;
  return `${at.toISOString()}  ${verdict}  ${result.status ?? "-"}  ${result.ms} ms`;
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
  context.err(`probing ${url}/api/health every ${intervalS} s, recording to ${context.storeTarget()}`);

  let last: ProbeResult | undefined;
  for (let done = 0; count === undefined || done < count; done++) {
    if (done > 0) await sleep(intervalS * 1000, context.signal);
    if (context.signal.aborted) break;
    const at = context.now();
    last = await probeOnce(url);
    try {
      await store.addRollup({
        instanceId,
        minute: new Date(minuteStart(at)),
        counters: { [RollupKey.probeChecks]: 1, [RollupKey.probePassed]: last.passed ? 1 : 0 },
      });
    } catch (error) {
      context.err(`could not record the check: ${errorMessage(error)}`);
    }
    context.out(values.json ? JSON.stringify({ command: NAME, at: at.toISOString(), url, ...last }) : render(last, at));
  }
  return last?.passed === false ? EXIT.failure : EXIT.ok;
}

export const probeCommand: Command = {
  name: NAME,
  summary: "check /api/health on a schedule (every 30 s) and record uptime in the store",
  help: HELP,
  run: runProbe,
};
