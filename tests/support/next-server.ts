import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { GENEROUS_LIMITS } from "./generous-limits";
import { answersOk, freePort } from "./ports";

const ROOT = path.resolve(import.meta.dirname, "../..");
// Two attempts of at most 90 s (plus stops) stay inside the e2e project's 240 s hook timeout.
const READY_TIMEOUT_MS = 90_000;
const START_ATTEMPTS = 2;
const SLOW_START_MS = 20_000;
const STOP_TIMEOUT_MS = 5_000;
const MAX_LOG_CHARS = 200_000;

export interface NextServer {
  url: string;
  port: number;
  dataDir: string;
  /** Everything the server printed so far (stdout and stderr, interleaved). */
  logs(): string;
  /** Sends a signal to the server's process group (what a platform does to stop an instance). */
  kill(signal: NodeJS.Signals): void;
  /** Resolves with how the server exited, or null if it is still running after `timeoutMs`. */
  waitForExit(timeoutMs: number): Promise<{ code: number | null; signal: NodeJS.Signals | null } | null>;
  stop(): Promise<void>;
}

export interface StartNextServerOptions {
  /** Extra environment; a key set to undefined is removed from the inherited environment. */
  env?: Record<string, string | undefined>;
  port?: number;
  /** Options for node itself, before the script (e.g. `--cpu-prof`, which NODE_OPTIONS refuses). */
  nodeArgs?: string[];
}

let built: boolean | undefined;

const DIST_DIR = process.env.NEXT_DIST_DIR || ".next";

/** Builds once per test process when `<distDir>/BUILD_ID` is missing (`NEXT_DIST_DIR`, else `.next`). */
function ensureBuilt(): void {
  if (built || existsSync(path.join(ROOT, DIST_DIR, "BUILD_ID"))) {
    built = true;
    return;
  }
  console.warn(`[next-server] ${DIST_DIR}/BUILD_ID is missing: running \`npx next build\` once (this takes a while)`);
  const result = spawnSync("npx", ["next", "build"], { cwd: ROOT, stdio: "inherit", env: process.env });
  if (result.status !== 0) throw new Error(`next build failed with exit code ${result.status}`);
  built = true;
}

function childEnv(port: number, dataDir: string, extra: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", PORT: String(port), MARKETPLAN_DATA_DIR: dataDir };
  // The in-app prober is on by default; its requests would add to what other tests count. Ask for it to test it.
  env.PROBER_ENABLED = "false";
  // Vitest's own variables would make the app think it runs under test.
  for (const key of Object.keys(env)) if (key.startsWith("VITEST")) delete env[key];
  env.NEXT_TELEMETRY_DISABLED = "1";
  // `next start` is a production server, and tests point it at the Firebase emulators (lib/env.ts refuses that otherwise).
  env.ALLOW_EMULATORS_IN_PRODUCTION = "true";
  Object.assign(env, GENEROUS_LIMITS);
  for (const [key, value] of Object.entries(extra)) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return env;
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

function exited(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/**
 * Runs `next start` on the existing build, in its own process group, with a fresh
 * MARKETPLAN_DATA_DIR unless one is given; resolves once `/api/livez` or `/` answers.
 * A start that does not answer within READY_TIMEOUT_MS is killed and tried once more (on a
 * loaded CI machine one start in a few hundred once stalled); each failure is thrown or
 * printed with the server's own output, well inside the e2e hook timeout.
 */
export async function startNextServer(options: StartNextServerOptions = {}): Promise<NextServer> {
  ensureBuilt();
  const failures: string[] = [];
  for (let attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
    const started = await startOnce(options);
    if (typeof started !== "string") return started;
    failures.push(`attempt ${attempt}: ${started}`);
    if (attempt < START_ATTEMPTS) console.warn(`[next-server] ${started}\n[next-server] trying once more`);
  }
  throw new Error(`next start failed ${START_ATTEMPTS} times:\n${failures.join("\n\n")}`);
}

/** One `next start`: the server once it answers, or why it did not (with its output). */
async function startOnce(options: StartNextServerOptions): Promise<NextServer | string> {
  const port = options.port ?? (await freePort());
  const ownDataDir = options.env?.MARKETPLAN_DATA_DIR === undefined;
  const dataDir = options.env?.MARKETPLAN_DATA_DIR ?? mkdtempSync(path.join(os.tmpdir(), "marketplan-e2e-"));
  const url = `http://127.0.0.1:${port}`;
  let output = "";
  const nextArgs = ["start", "-p", String(port), "-H", "127.0.0.1"];
  const [command, args] = options.nodeArgs
    ? [process.execPath, [...options.nodeArgs, path.join(ROOT, "node_modules/next/dist/bin/next"), ...nextArgs]]
    : [path.join(ROOT, "node_modules/.bin/next"), nextArgs];
  const child = spawn(command, args, {
    cwd: ROOT,
    env: childEnv(port, dataDir, { ...options.env, MARKETPLAN_DATA_DIR: dataDir }),
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString("utf8")).slice(-MAX_LOG_CHARS);
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  // If the test process dies without calling stop(), do not leave a server behind.
  const onExit = () => killGroup(child, "SIGKILL");
  process.once("exit", onExit);

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    process.removeListener("exit", onExit);
    killGroup(child, "SIGTERM");
    if (!(await exited(child, STOP_TIMEOUT_MS))) {
      killGroup(child, "SIGKILL");
      await exited(child, STOP_TIMEOUT_MS);
    }
    if (ownDataDir) rmSync(dataDir, { recursive: true, force: true });
  };

  const startedAt = Date.now();
  const deadline = startedAt + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      await stop();
      return `next start exited early (${child.exitCode ?? child.signalCode}):\n${output}`;
    }
    if ((await answersOk(`${url}/api/livez`)) || (await answersOk(`${url}/`))) {
      const took = Date.now() - startedAt;
      if (took > SLOW_START_MS) console.warn(`[next-server] next start on port ${port} took ${took} ms to answer`);
      const kill = (signal: NodeJS.Signals) => killGroup(child, signal);
      const waitForExit = async (timeoutMs: number) =>
        (await exited(child, timeoutMs)) ? { code: child.exitCode, signal: child.signalCode } : null;
      return { url, port, dataDir, logs: () => output, kill, waitForExit, stop };
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const pid = child.pid;
  await stop();
  return `next start (pid ${pid}, port ${port}) did not answer within ${READY_TIMEOUT_MS} ms:\n${output || "(it printed nothing)"}`;
}
