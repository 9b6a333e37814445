/**
 * npm run bench:load [-- --mode spike|health|soak|generation|all --seconds S --soak-seconds S
 *                        --soak-warmup S --heap-snapshot-dir DIR --rounds N --cpu-prof --compare-dist-dir DIR]
 *
 * Drives `next start` (the build in NEXT_DIST_DIR, else .next; built once if missing) with the
 * scenarios of load-tests/scenarios.js through autocannon, on SQLite with the built-in planner:
 * - spike: SUITES.spike's 100 connections on the comprehensive mix, per-person limits as shipped
 *   (5 plans a minute), 100 identities; passes with no error but deliberate 429s and p95 < 3 s.
 * - health: /api/health against the bare /api/ping, interleaved rounds on one server; passes at >= 90 %.
 * - soak: the comprehensive mix at a steady rate for a 2-min warm-up and then 5 min; passes when both
 *   resident memory and the V8 heap after full collections (server under --trace-gc) grow < 10 % from
 *   the first minute after the warm-up to the last, and descriptors and threads come back (bench/load-soak.ts).
 * - generation: 100 connections posting plans (limits out of the way): plans a second, latency and
 *   server CPU per plan; with --cpu-prof the server runs under `node --cpu-prof` and the profile's
 *   top self time is printed. --compare-dist-dir DIR runs a second server on another build (say, the
 *   code before a change) in alternating rounds, so both are measured in the same run.
 * Prints requests a second, p50/p95/p99, errors by status and the server's memory and CPU; exits 1
 * when a mode misses its target. Results go to test-results/bench-load.json. Not part of npm test.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { durationSeconds, ENDPOINTS, SLO_TARGETS, SUITES } from "@/load-tests/scenarios.js";
import { type NextServer, startNextServer } from "@/tests/support/next-server";
import { formatProfile, parseCpuProfile, summariseProfile } from "./cpu-profile";
import { driveMix, drivePath, newIdentities, STREAM_WITHOUT_PLAN } from "./load-driver";
import { runSoak } from "./load-soak";
import { formatRun, histogramAbove, summariseRun } from "./load-summary";
import { cpuSeconds, pidsOf, processUsage } from "./proc-cpu";
import { median } from "./stats";

const { values } = parseArgs({
  options: {
    mode: { type: "string", default: "all" },
    seconds: { type: "string" },
    "soak-seconds": { type: "string", default: "300" },
    "soak-warmup": { type: "string", default: "120" },
    "heap-snapshot-dir": { type: "string" },
    rounds: { type: "string", default: "3" },
    "cpu-prof": { type: "boolean", default: false },
    "compare-dist-dir": { type: "string" },
  },
});
const MODES = ["spike", "health", "soak", "generation"] as const;
const modes = values.mode === "all" ? [...MODES] : [values.mode as (typeof MODES)[number]];
if (!modes.every((mode) => MODES.includes(mode))) throw new Error(`--mode must be one of all, ${MODES.join(", ")}`);
const OUT_FILE = path.resolve(import.meta.dirname, "../test-results/bench-load.json");
const expected = (tag: string) => Object.values(ENDPOINTS).find((endpoint) => endpoint.tag === tag)?.expect ?? [];
const failures: string[] = [];
const results: Record<string, unknown> = {};
const servers: NextServer[] = [];

async function start(env: Record<string, string | undefined> = {}, nodeArgs?: string[]) {
  const server = await startNextServer({
    env: { LOG_LEVEL: "warn", GEMINI_API_KEY: undefined, GOOGLE_API_KEY: undefined, ...env },
    nodeArgs,
  });
  servers.push(server);
  return { server, pids: pidsOf(server.dataDir) };
}

async function stop(server: NextServer): Promise<void> {
  await server.stop();
  servers.splice(servers.indexOf(server), 1);
}

const opsToken = (server: NextServer) => fs.readFileSync(path.join(server.dataDir, "ops-token"), "utf8").trim();
const usage = (pids: number[]) => {
  const { rssMiB, fds, threads } = processUsage(pids);
  return `server RSS ${rssMiB.toFixed(0)} MiB, ${fds} descriptors, ${threads} threads`;
};

async function spike(): Promise<void> {
  const suite = SUITES.spike;
  const seconds = Number(values.seconds ?? durationSeconds(suite.duration));
  // One address stands for 100 people here, so only the per-person limits are as shipped.
  const { server, pids } = await start({ GENERATION_LIMIT_PER_MINUTE: "5", GENERATION_LIMIT_PER_DAY: "50" });
  const identities = await newIdentities(server.url, suite.vus);
  const cpuBefore = cpuSeconds(pids);
  const { samples, seconds: elapsed } = await driveMix({
    url: server.url,
    mix: suite.mix,
    connections: suite.vus,
    seconds,
    opsToken: opsToken(server),
    identities,
  });
  const cpu = cpuSeconds(pids) - cpuBefore;
  const run = summariseRun(samples, elapsed, expected);
  console.log(formatRun(`spike (${suite.vus} connections, ${suite.mix} mix)`, run));
  console.log(`  server CPU ${cpu.toFixed(1)} s (${((cpu / elapsed) * 100).toFixed(0)} % of a core); ${usage(pids)}`);
  // The server's own view: a request slow here but not in its histogram waited before reaching the app.
  const metrics = await fetch(`${server.url}/api/metrics`, { headers: { authorization: `Bearer ${opsToken(server)}` } });
  const slow = histogramAbove(await metrics.text(), "marketplanai_http_request_duration_seconds", "10");
  console.log(`  server-side: ${slow.above} of ${slow.total} requests took over 10 s inside the app`);
  results.spike = { ...run, cpuSeconds: cpu, serverSlowerThan10s: slow };
  if (run.errorCount > 0) failures.push(`spike: ${run.errorCount} errors other than deliberate 429s`);
  if (!(run.latency.p95 < SLO_TARGETS.responseTargetMs)) failures.push(`spike: p95 ${run.latency.p95.toFixed(0)} ms`);
  await stop(server);
}

async function health(): Promise<void> {
  const { server } = await start();
  const seconds = Number(values.seconds ?? 3);
  const rounds = Number(values.rounds) * 2;
  await drivePath(server.url, "/api/health", 32, 3);
  await drivePath(server.url, "/api/ping", 32, 3);
  const ratios: number[] = [];
  const sides = { health: [] as number[], ping: [] as number[] };
  for (let round = 0; round < rounds; round++) {
    // ABBA order: a machine getting busier or quieter weighs on both alike.
    const order = round % 2 === 0 ? (["health", "ping"] as const) : (["ping", "health"] as const);
    const pair: Record<string, number> = {};
    for (const side of order) {
      const run = await drivePath(server.url, side === "health" ? "/api/health" : "/api/ping", 32, seconds);
      if (run.non2xx > 0 || run.errors > 0) failures.push(`health: ${side} answered ${run.non2xx} non-2xx, ${run.errors} errors`);
      sides[side].push(run.requestsPerSecond);
      pair[side] = run.requestsPerSecond;
    }
    ratios.push((pair.health ?? 0) / (pair.ping ?? 1));
  }
  const ratio = median(ratios);
  console.log(
    `health vs bare: /api/health ${median(sides.health).toFixed(0)} req/s, /api/ping ${median(sides.ping).toFixed(0)} req/s ` +
      `(medians of ${rounds} rounds of ${seconds} s, 32 connections); median ratio of neighbouring rounds ${(ratio * 100).toFixed(1)} %`,
  );
  results.health = { ...sides, ratios, ratio };
  if (!(ratio >= 0.9)) failures.push(`health: /api/health at ${(ratio * 100).toFixed(1)} % of a bare route`);
  await stop(server);
}

async function soak(): Promise<void> {
  const soakRun = await runSoak(
    { start, stop, opsToken },
    {
      warmupSeconds: Number(values["soak-warmup"]),
      soakSeconds: Number(values["soak-seconds"]),
      snapshotDir: values["heap-snapshot-dir"],
    },
  );
  results.soak = soakRun.result;
  failures.push(...soakRun.failures);
}

async function generation(): Promise<void> {
  const seconds = Number(values.seconds ?? 10);
  const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), "marketplan-cpuprof-"));
  const builds = [{ label: process.env.NEXT_DIST_DIR || ".next", env: {} as Record<string, string> }];
  if (values["compare-dist-dir"])
    builds.push({ label: values["compare-dist-dir"], env: { NEXT_DIST_DIR: values["compare-dist-dir"] } });
  const targets: Array<{ label: string; server: NextServer; pids: number[]; rounds: Record<string, number>[] }> = [];
  for (const build of builds) {
    const profiled = values["cpu-prof"] === true && targets.length === 0;
    const nodeArgs = profiled ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : undefined;
    targets.push({ label: build.label, ...(await start(build.env, nodeArgs)), rounds: [] });
  }
  for (const target of targets) await newIdentities(target.server.url, 10); // warm-up
  for (let round = 0; round < Number(values.rounds); round++) {
    for (const target of round % 2 === 0 ? targets : [...targets].reverse()) {
      const cpuBefore = cpuSeconds(target.pids);
      const { samples, seconds: elapsed } = await driveMix({
        url: target.server.url,
        mix: "generation",
        connections: 100,
        seconds,
        opsToken: "",
        identities: [],
      });
      const cpu = cpuSeconds(target.pids) - cpuBefore;
      // Plans abandoned when the round ended are still being written: let them finish before the next round.
      await settle(target.pids);
      const run = summariseRun(samples, elapsed, expected);
      const plans = samples.filter((sample) => sample.status === 200).length;
      target.rounds.push({
        plansPerSecond: plans / elapsed,
        p50: run.latency.p50,
        p95: run.latency.p95,
        p99: run.latency.p99,
        cpuMsPerPlan: (cpu / plans) * 1000,
      });
      console.log(formatRun(`generation on ${target.label}, round ${round + 1}`, run));
      console.log(
        `  ${(plans / elapsed).toFixed(1)} plans/s, server CPU ${((cpu / plans) * 1000).toFixed(0)} ms a plan; ${usage(target.pids)}`,
      );
      const unsaved = samples.filter((sample) => sample.status === STREAM_WITHOUT_PLAN).length;
      if (run.errorCount > 0)
        failures.push(`generation on ${target.label}: ${run.errorCount} errors (${unsaved} streams without a plan)`);
    }
  }
  for (const target of targets) {
    const m = (key: string) => median(target.rounds.map((round) => round[key] ?? Number.NaN));
    console.log(
      `generation on ${target.label}: median of ${target.rounds.length} rounds ${m("plansPerSecond").toFixed(1)} plans/s, ` +
        `p50 ${m("p50").toFixed(0)} ms, p95 ${m("p95").toFixed(0)} ms, p99 ${m("p99").toFixed(0)} ms, CPU ${m("cpuMsPerPlan").toFixed(0)} ms a plan`,
    );
  }
  results.generation = targets.map(({ label, rounds }) => ({ label, rounds }));
  const first = targets[0];
  if (first) {
    const m = (key: string) => median(first.rounds.map((round) => round[key] ?? Number.NaN));
    if (!(m("plansPerSecond") >= 40)) failures.push(`generation: ${m("plansPerSecond").toFixed(1)} plans/s (target 40)`);
    if (!(m("p95") < SLO_TARGETS.responseTargetMs)) failures.push(`generation: p95 ${m("p95").toFixed(0)} ms (target 3000)`);
  }
  // A server still finishing abandoned plans holds its exit (lib/shutdown/graceful.ts), and
  // one killed after the stop timeout writes no profile: let the work drain first.
  for (const target of targets) await settle(target.pids);
  for (const target of targets) {
    // Writing a profile of a busy run takes longer than stop() waits before SIGKILL.
    target.server.kill("SIGTERM");
    const exit = await target.server.waitForExit(120_000);
    if (values["cpu-prof"])
      console.log(
        `server on ${target.label} exited: ${JSON.stringify(exit)}; ${target.server.logs().split("\n").slice(-3).join(" | ")}`,
      );
    await stop(target.server);
  }
  if (values["cpu-prof"]) {
    const files = fs.readdirSync(profileDir).map((name) => path.join(profileDir, name));
    const largest = files.sort((a, b) => fs.statSync(b).size - fs.statSync(a).size)[0];
    if (!largest) console.log(`no CPU profile was written in ${profileDir} (the server did not exit cleanly)`);
    else console.log(formatProfile(summariseProfile(parseCpuProfile(fs.readFileSync(largest, "utf8")), 25)));
  }
}

/** Waits (up to 60 s) until the server uses under 5 % of a core over a second. */
async function settle(pids: number[]): Promise<void> {
  for (let i = 0; i < 60; i++) {
    const before = cpuSeconds(pids);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    if (cpuSeconds(pids) - before < 0.05) return;
  }
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => void Promise.all(servers.map((server) => server.stop())).finally(() => process.exit(130)));
}
async function main(): Promise<void> {
  console.log(`bench:load  node ${process.version}, ${os.cpus().length} cores, modes ${modes.join(", ")}\n`);
  const run = { spike, health, soak, generation };
  try {
    for (const mode of modes) await run[mode]();
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
  }
  fs.mkdirSync(path.dirname(OUT_FILE), { recursive: true });
  fs.writeFileSync(OUT_FILE, JSON.stringify(results, null, 2));
  console.log(failures.length === 0 ? "\nall targets met" : `\nMISSED:\n- ${failures.join("\n- ")}`);
  process.exit(failures.length === 0 ? 0 : 1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
