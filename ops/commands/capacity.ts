import { CAPACITY_ASSUMPTIONS } from "@/lib/capacity/assumptions";
import { perUserRates, projectCapacity } from "@/lib/capacity/capacity-planner";
import { readCurrentUsage } from "@/lib/capacity/current-usage";
import { intOption, parseOptions } from "../shared/args";
import { type Command, type CommandContext, EXIT, type ExitCode, UsageError } from "../shared/command";
import { json, table } from "../shared/format";

const NAME = "capacity";

const HELP = `Usage: ops ${NAME} [--users N] [--growth R] [--months M] [--json]

The manual's capacity plan (section 4.2): reads the last 30 days from the store
(active users, requests and AI generations from the rollups), takes per-user
daily rates from them (the manual's 5 requests and 0.8 generations when there
is no traffic yet), and projects month by month: instances, Firestore reads and
writes a day, Gemini requests a day against the 10,000 quota, and the monthly
cost. Every assumption is printed with its source (lib/capacity/assumptions.ts).

Options:
  --users N    users to start from (default: active users of the last 30 days)
  --growth R   monthly growth: 0.15 or 15% (default 0)
  --months M   months to project (default 3, at most 36)
  --json       print one JSON document on stdout instead of the report
  -h, --help   show this help

Exit status: 0 ok (also when a month needs more than maxInstances: it is flagged), 1 failed, 2 usage error.`;

function growthOption(raw: string | undefined): number {
  if (raw === undefined) return 0;
  const match = /^(-?\d+(?:\.\d+)?)(%?)$/.exec(raw.trim());
  const value = match ? Number(match[1]) / (match[2] ? 100 : 1) : Number.NaN;
  if (!Number.isFinite(value) || value < -0.9 || value > 10) {
    throw new UsageError(`--growth must be a monthly rate such as 0.15 or 15%, from -90% to 1000%, not "${raw}"`);
  }
  return value;
}

async function run(argv: string[], context: CommandContext): Promise<ExitCode> {
  const values = parseOptions(argv, {
    users: { type: "string" },
    growth: { type: "string" },
    months: { type: "string" },
    json: { type: "boolean", default: false },
    help: { type: "boolean", short: "h", default: false },
  });
  if (values.help) {
    context.out(HELP);
    return EXIT.ok;
  }
  const growthRate = growthOption(values.growth);
  const months = intOption("months", values.months, { fallback: 3, min: 0, max: 36 }) ?? 3;
  const usage = await readCurrentUsage({ store: context.store(), now: context.now() });
  const users = intOption("users", values.users, { fallback: usage.activeUsers, min: 0, max: 1_000_000_000 }) ?? 0;
  const projection = projectCapacity({ users, growthRate, months, usage });
  const rates = perUserRates(usage);
  if (values.json) {
    context.out(
      json({ command: NAME, ok: true, usage, users, growthRate, rates, projection, assumptions: CAPACITY_ASSUMPTIONS }),
    );
    return EXIT.ok;
  }
  const rows = projection.map((p) => [
    String(p.month),
    String(p.users),
    String(p.requestsPerDay),
    `${p.instances}${p.overMaxInstances ? " (over max!)" : ""}`,
    String(p.firestoreReadsPerDay),
    String(p.firestoreWritesPerDay),
    `${p.geminiRequestsPerDay} (${(p.geminiQuotaShare * 100).toFixed(1)}%)${p.geminiQuotaShare > 1 ? " over quota!" : ""}`,
    `$${p.monthlyCostUsd.total.toFixed(2)}`,
  ]);
  context.out(
    [
      `store: ${context.storeTarget()}`,
      `current usage (last ${usage.windowDays} days): ${usage.activeUsers} active users, ${usage.requests} requests, ${usage.aiGenerations} AI generations, ${usage.plansCreated} plans`,
      `per user a day: ${rates.requests.toFixed(2)} requests (${rates.source.requests}), ${rates.generations.toFixed(2)} generations (${rates.source.generations})`,
      `starting from ${users} users, growing ${(growthRate * 100).toFixed(1)}% a month`,
      "",
      table(
        [
          "month",
          "users",
          "requests/day",
          "instances",
          "Firestore reads/day",
          "writes/day",
          "Gemini/day (of quota)",
          "cost/month",
        ],
        rows,
      ),
      "",
      `Gemini quota to request with the 50% buffer in month ${months}: ${projection.at(-1)?.geminiQuotaNeeded ?? 0} a day`,
      "",
      "assumptions (lib/capacity/assumptions.ts):",
      ...Object.entries(CAPACITY_ASSUMPTIONS).map(([key, a]) => `  ${key}: ${a.value} ${a.unit} (${a.source})`),
    ].join("\n"),
  );
  return EXIT.ok;
}

export const capacityCommand: Command = {
  name: NAME,
  summary: "project instances, Firestore, Gemini and cost from current usage",
  help: HELP,
  run,
};
