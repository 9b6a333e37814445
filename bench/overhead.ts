/**
 * npm run bench:overhead [-- --rounds N --seconds S --connections C --servers K]
 *
 * What the request instrumentation (lib/metrics/record.ts, through route()) costs: `next start`
 * servers on the same build (NEXT_DIST_DIR, else .next; built once if missing), each with a fresh
 * data directory, K with METRICS_ENABLED=true and K with METRICS_ENABLED=false (default K = 2: two
 * identical processes can differ by 10-25% here, so each side's rounds are spread over several
 * processes and that difference is not read as the cost of instrumentation). A closed-loop
 * client (C keep-alive connections, each sending its next GET /api/livez when the last one ends)
 * drives one server at a time, after 5 untimed seconds each, in short rounds in the order on, off,
 * off, on, on, off… so that a machine getting busier or quieter weighs on both sides alike (on a
 * shared machine the load changes by the second: many short rounds beat a few long ones). Each
 * round starts with half an untimed second. Prints the median requests a second of each side, their
 * ratio (and the median ratio of neighbouring on and off rounds), p50 and p99 latency over all
 * rounds of a side, the server's CPU time per request (from /proc) and what recordHttp costs in
 * this process; writes the raw figures to test-results/bench-overhead.json; exits non-zero when
 * on/off < 0.9.
 */
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { type NextServer, startNextServer } from "@/tests/support/next-server";
import { cpuSeconds, pidsOf } from "./proc-cpu";
import { median, percentile } from "./stats";

const MINIMUM_RATIO = 0.9;
const WARM_UP_SECONDS = 5;
/** Untimed lead-in of each round: connections the server closed while the other side ran are opened again. */
const LEAD_IN_SECONDS = 0.5;
const OUT_FILE = path.resolve(import.meta.dirname, "../test-results/bench-overhead.json");

const { values } = parseArgs({
  options: {
    rounds: { type: "string", default: "15" },
    seconds: { type: "string", default: "3" },
    connections: { type: "string", default: "32" },
    servers: { type: "string", default: "2" },
  },
});
const rounds = Number(values.rounds);
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const serversPerSide = Number(values.servers);
if (![rounds, seconds, connections, serversPerSide].every((n) => Number.isInteger(n) && n > 0)) {
  throw new Error("--rounds, --seconds, --connections and --servers take whole numbers above 0");
}

type Side = "on" | "off";

interface Target {
  side: Side;
  server: NextServer;
  agent: http.Agent;
  /** The server's processes (found by their data directory), whose CPU time is read around each round. */
  pids: number[];
}

interface Round {
  side: Side;
  seconds: number;
  requests: number;
  errors: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Server CPU (user + system) per answered request; NaN where /proc cannot be read. */
  cpuUsPerRequest: number;
}

/** One GET on a kept-alive connection; resolves with the status once the body has been read. */
function get(target: Target): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.get(
      { agent: target.agent, host: "127.0.0.1", port: target.server.port, path: "/api/livez" },
      (response) => {
        response.resume();
        response.on("end", () => resolve(response.statusCode ?? 0));
        response.on("error", reject);
      },
    );
    request.on("error", reject);
  });
}

/** Keeps `connections` requests in flight for `duration` seconds; every answered request's latency in ms. */
async function drive(target: Target, duration: number): Promise<{ latencies: number[]; errors: number; elapsed: number }> {
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const end = started + duration * 1000;
  const connection = async () => {
    while (performance.now() < end && !stopping) {
      const sent = performance.now();
      try {
        if ((await get(target)) === 200) latencies.push(performance.now() - sent);
        else errors += 1;
      } catch {
        errors += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, connection));
  return { latencies, errors, elapsed: (performance.now() - started) / 1000 };
}

async function measure(target: Target): Promise<{ round: Round; latencies: number[] }> {
  await drive(target, LEAD_IN_SECONDS);
  const cpuBefore = cpuSeconds(target.pids);
  const { latencies, errors, elapsed } = await drive(target, seconds);
  const cpu = cpuSeconds(target.pids) - cpuBefore;
  const round: Round = {
    side: target.side,
    seconds: elapsed,
    requests: latencies.length,
    errors,
    requestsPerSecond: latencies.length / elapsed,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    cpuUsPerRequest: (cpu / latencies.length) * 1e6,
  };
  return { round, latencies };
}

const targets: Target[] = [];
let stopping = false;
async function stopAll(): Promise<void> {
  stopping = true;
  for (const target of targets) target.agent.destroy();
  await Promise.all(targets.map((target) => target.server.stop()));
}
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping the servers`);
    void stopAll().finally(() => process.exit(130));
  });
}

async function start(side: Side): Promise<Target> {
  const server = await startNextServer({ env: { METRICS_ENABLED: side === "on" ? "true" : "false", PROBER_ENABLED: "false" } });
  const target = { side, server, agent: new http.Agent({ keepAlive: true, maxSockets: connections }), pids: [] as number[] };
  targets.push(target);
  target.pids = pidsOf(server.dataDir);
  return target;
}

/**
 * recordHttp alone, in this process, in batches of 100,000 calls: what each request pays for being
 * measured, without HTTP and its noise (the median batch, in µs a call).
 */
async function recordHttpMicros(): Promise<number> {
  // Whatever this shell says, measure recordHttp switched on (each server gets its own setting).
  process.env.METRICS_ENABLED = "true";
  const { recordHttp } = await import("@/lib/metrics/record");
  const args = { route: "/api/livez", method: "GET", status: 200, seconds: 0.0012 };
  const batches: number[] = [];
  for (let batch = 0; batch < 6; batch++) {
    const started = performance.now();
    for (let i = 0; i < 100_000; i++) recordHttp(args);
    // The first batch warms up (JIT, the first label sets) and is left out.
    if (batch > 0) batches.push((performance.now() - started) / 100);
  }
  return median(batches);
}

/**
 * The whole livez route handler (route(), routePattern, recordHttp, the Response) called in this
 * process with METRICS_ENABLED on and off, alternating batches: the cost per request without two
 * processes to compare (median µs a call of each side).
 */
async function routeMicros(): Promise<Record<Side, number>> {
  const { GET } = await import("@/app/api/livez/route");
  const { resetEnvForTests } = await import("@/lib/env");
  const { resetMetricsSwitchForTests } = await import("@/lib/metrics/record");
  const request = new Request("http://127.0.0.1/api/livez");
  const perCall: Record<Side, number[]> = { on: [], off: [] };
  for (let batch = 0; batch < 9; batch++) {
    for (const side of ["on", "off"] as const) {
      process.env.METRICS_ENABLED = side === "on" ? "true" : "false";
      resetEnvForTests();
      resetMetricsSwitchForTests();
      const started = performance.now();
      for (let i = 0; i < 20_000; i++) await (await GET(request)).arrayBuffer();
      if (batch > 0) perCall[side].push(((performance.now() - started) * 1000) / 20_000);
    }
  }
  process.env.METRICS_ENABLED = "true";
  resetEnvForTests();
  resetMetricsSwitchForTests();
  return { on: median(perCall.on), off: median(perCall.off) };
}

const f = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : "n/a");

async function main() {
  const load = os.loadavg()[0] ?? Number.NaN;
  console.log(
    `bench:overhead  node ${process.version}, ${os.cpus().length} cores, load ${f(load, 2)}, ` +
      `${rounds} rounds a side of ${seconds} s over ${serversPerSide} servers a side, ${connections} connections, GET /api/livez\n`,
  );
  const recordMicros = await recordHttpMicros();
  console.log(`  recordHttp in this process: ${f(recordMicros, 2)} µs a call (median of 5 batches of 100,000)`);
  const routeCost = await routeMicros();
  console.log(
    `  the livez handler in this process: ${f(routeCost.on, 2)} µs a call on, ${f(routeCost.off, 2)} µs off (median of 8 batches of 20,000 a side)`,
  );
  const servers: Record<Side, Target[]> = { on: [], off: [] };
  for (let k = 0; k < serversPerSide; k++) {
    for (const side of ["on", "off"] as const) {
      const target = await start(side);
      servers[side].push(target);
      console.log(`  instrumentation ${side.padEnd(3)}: ${target.server.url} (pids ${target.pids.join(", ") || "not found"})`);
    }
  }
  for (const target of targets) await drive(target, WARM_UP_SECONDS);
  const used: Record<Side, number> = { on: 0, off: 0 };
  /** The next server of a side, in turn, so each side's rounds are spread over its processes. */
  const next = (side: Side): Target => servers[side][used[side]++ % serversPerSide] as Target;

  const results: Round[] = [];
  const pooled: Record<Side, number[]> = { on: [], off: [] };
  // on, off, off, on, on, off…: a steady drift in machine load favours neither side.
  const order = Array.from({ length: rounds * 2 }, (_, i) => next(Math.floor((i + 1) / 2) % 2 === 0 ? "on" : "off"));
  for (const [index, target] of order.entries()) {
    const { round, latencies } = await measure(target);
    results.push(round);
    for (const latency of latencies) pooled[target.side].push(latency);
    process.stdout.write(
      `  round ${String(index + 1).padStart(2)}/${order.length} ${target.side.padEnd(3)}: ${f(round.requestsPerSecond)} req/s, ` +
        `p50 ${f(round.p50Ms, 2)} ms, p99 ${f(round.p99Ms, 2)} ms, server CPU ${f(round.cpuUsPerRequest, 0)} µs/request` +
        `${round.errors ? `, ${round.errors} errors` : ""}\n`,
    );
  }
  await stopAll();

  const sides = (["on", "off"] as const).map((side) => {
    const own = results.filter((round) => round.side === side);
    return {
      side,
      medianRequestsPerSecond: median(own.map((round) => round.requestsPerSecond)),
      p50Ms: percentile(pooled[side], 50),
      p99Ms: percentile(pooled[side], 99),
      medianCpuUsPerRequest: median(own.map((round) => round.cpuUsPerRequest)),
      requests: own.reduce((sum, round) => sum + round.requests, 0),
      errors: own.reduce((sum, round) => sum + round.errors, 0),
    };
  });
  const [onSide, offSide] = sides as [(typeof sides)[number], (typeof sides)[number]];
  const ratio = onSide.medianRequestsPerSecond / offSide.medianRequestsPerSecond;
  // Rounds 2k and 2k+1 are one on and one off, run back to back under much the same load.
  const pairedRatios = Array.from({ length: rounds }, (_, k) => {
    const pair = [results[2 * k], results[2 * k + 1]];
    const rate = (side: Side) => pair.find((round) => round?.side === side)?.requestsPerSecond ?? Number.NaN;
    return rate("on") / rate("off");
  });

  const row = (label: string, a: string, b: string) => console.log(`${label.padEnd(34)}${a.padStart(18)}${b.padStart(18)}`);
  console.log();
  row("", "instrumentation on", "off");
  row("requests a second (median round)", f(onSide.medianRequestsPerSecond), f(offSide.medianRequestsPerSecond));
  row("latency p50 (ms, all rounds)", f(onSide.p50Ms, 2), f(offSide.p50Ms, 2));
  row("latency p99 (ms, all rounds)", f(onSide.p99Ms, 2), f(offSide.p99Ms, 2));
  row("server CPU per request (µs)", f(onSide.medianCpuUsPerRequest, 0), f(offSide.medianCpuUsPerRequest, 0));
  row("requests answered (errors)", `${onSide.requests} (${onSide.errors})`, `${offSide.requests} (${offSide.errors})`);

  fs.mkdirSync(path.dirname(OUT_FILE), { recursive: true });
  const report = {
    date: new Date().toISOString(),
    node: process.version,
    cores: os.cpus().length,
    loadAverage: { start: load, end: os.loadavg()[0] },
    settings: {
      rounds,
      seconds,
      connections,
      serversPerSide,
      warmUpSeconds: WARM_UP_SECONDS,
      leadInSeconds: LEAD_IN_SECONDS,
      path: "/api/livez",
    },
    ratio,
    pairedRatios,
    minimumRatio: MINIMUM_RATIO,
    recordHttpMicrosPerCall: recordMicros,
    routeHandlerMicrosPerCall: routeCost,
    sides,
    rounds: results,
  };
  fs.writeFileSync(OUT_FILE, `${JSON.stringify(report, null, 2)}\n`);
  console.log(
    `\nrecordHttp's ${f(recordMicros, 2)} µs a call is ${f((recordMicros / offSide.medianCpuUsPerRequest) * 100, 2)}% ` +
      "of the server CPU of a request with instrumentation off",
  );
  console.log(`\nraw figures: ${path.relative(process.cwd(), OUT_FILE)}`);

  const failures: string[] = [];
  if (!(ratio >= MINIMUM_RATIO)) {
    failures.push(
      `on/off ${f(ratio, 3)} is below ${MINIMUM_RATIO}: instrumentation costs ${f((1 - ratio) * 100)}% of the requests a second`,
    );
  }
  if (onSide.errors + offSide.errors > 0)
    failures.push(`${onSide.errors + offSide.errors} requests failed or did not answer 200`);
  console.log(
    `on/off (median requests a second) ${f(ratio, 3)}: target >= ${MINIMUM_RATIO} ${ratio >= MINIMUM_RATIO ? "met" : "MISSED"}` +
      `  (median on/off of neighbouring rounds ${f(median(pairedRatios), 3)})`,
  );
  for (const failure of failures) console.error(`FAIL: ${failure}`);
  process.exit(failures.length > 0 ? 1 : 0);
}

main().catch(async (error) => {
  console.error(error);
  await stopAll();
  process.exit(1);
});
