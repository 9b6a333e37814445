import { type ChildProcess, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { EMULATOR_PROJECT_ID } from "./firestore-emulator";
import { answersOk, freePort } from "./ports";

/**
 * The firebase-tools release whose Auth emulator the tests run, through `npx`
 * (kept out of package.json: 312 MB). `.ci/run` pre-warms the npx cache with
 * `npx --yes firebase-tools@15.34.2 --version`.
 */
export const FIREBASE_TOOLS = "firebase-tools@15.34.2";

const INSTALL_TIMEOUT_MS = 420_000; // a cold npx install took about 3 minutes here
const READY_TIMEOUT_MS = 90_000; // about 11 s of CPU when idle; more on a busy machine
const STOP_TIMEOUT_MS = 5_000;
const MAX_LOG_CHARS = 50_000;

/** How long a caller's beforeAll must allow: a cold install, then a start. */
export const AUTH_EMULATOR_HOOK_TIMEOUT_MS = INSTALL_TIMEOUT_MS + READY_TIMEOUT_MS + 30_000;

export interface AuthEmulator {
  /** `127.0.0.1:PORT`, as FIREBASE_AUTH_EMULATOR_HOST wants it. */
  host: string;
  /** The project its tokens are issued for (their `aud`). */
  projectId: string;
  /** Stops the emulator this helper started (a no-op for one it found running) and restores the environment. */
  stop(): Promise<void>;
}

interface Run {
  code: number | null;
  output: string;
}

function run(args: string[], options: { cwd: string; timeoutMs: number }): Promise<Run> {
  return new Promise((resolve) => {
    let output = "";
    const child = spawn("npx", args, { cwd: options.cwd, env: { ...process.env, CI: "true" }, detached: true });
    const collect = (chunk: Buffer) => {
      output = (output + chunk.toString("utf8")).slice(-MAX_LOG_CHARS);
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    const timer = setTimeout(() => killGroup(child, "SIGKILL"), options.timeoutMs);
    child.once("error", (error) => {
      clearTimeout(timer);
      resolve({ code: -1, output: `${output}\n${error.message}` });
    });
    child.once("close", (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

/** Parallel test files must not run `npx` installs into one npm cache at once. */
async function withInstallLock<T>(work: () => Promise<T>): Promise<T> {
  const cache = process.env.npm_config_cache ?? path.join(os.homedir(), ".npm");
  const id = createHash("sha256").update(`${cache}\0${FIREBASE_TOOLS}`).digest("hex").slice(0, 16);
  const lock = path.join(os.tmpdir(), `marketplan-npx-install-${id}.lock`);
  const deadline = Date.now() + INSTALL_TIMEOUT_MS;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      const age = Date.now() - (fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > INSTALL_TIMEOUT_MS || Date.now() > deadline) fs.rmSync(lock, { recursive: true, force: true });
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
  }
  try {
    return await work();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

/** The lines of npm's output that say what went wrong, without its boilerplate. */
function npmReason(output: string): string {
  const boilerplate = /complete log of this run|behind a proxy|^npm error\s*$/;
  const lines = output.split("\n").map((line) => line.trim());
  const useful = lines.filter((line) => line && !boilerplate.test(line));
  return useful.slice(0, 3).join(" | ") || "npx exited without saying why";
}

/** firebase-tools in the npx cache: instantly if it is there, else installed once from the registry. */
async function ensureFirebaseTools(cwd: string): Promise<{ ok: true } | { skipped: string }> {
  const cached = await run(["--yes", "--offline", FIREBASE_TOOLS, "--version"], { cwd, timeoutMs: 60_000 });
  if (cached.code === 0) return { ok: true };
  return withInstallLock(async () => {
    const started = Date.now();
    const installed = await run(["--yes", FIREBASE_TOOLS, "--version"], { cwd, timeoutMs: INSTALL_TIMEOUT_MS });
    if (installed.code === 0) {
      console.warn(`[auth-emulator] installed ${FIREBASE_TOOLS} into the npx cache in ${Date.now() - started} ms`);
      return { ok: true };
    }
    return {
      skipped: `${FIREBASE_TOOLS} is not in the npx cache and could not be installed (pre-warm with \`npx --yes ${FIREBASE_TOOLS} --version\`): ${npmReason(installed.output)}`,
    };
  });
}

const answers = (host: string) => answersOk(`http://${host}/`);

/** The project an emulator issues tokens for: the `aud` of a throwaway anonymous user's ID token. */
async function projectOf(host: string): Promise<string> {
  const response = await fetch(`http://${host}/identitytoolkit.googleapis.com/v1/accounts:signUp?key=any`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ returnSecureToken: true }),
  });
  const { idToken } = (await response.json()) as { idToken?: string };
  const payload = JSON.parse(Buffer.from(idToken?.split(".")[1] ?? "", "base64url").toString("utf8")) as { aud?: unknown };
  if (typeof payload.aud !== "string") throw new Error(`The Auth emulator at ${host} issued a token without an audience`);
  return payload.aud;
}

/** What firebase-admin and lib/env need to verify emulator tokens; returns the undo. */
function pointAdminSdkAt(host: string, projectId: string): () => void {
  const keys = ["FIREBASE_AUTH_EMULATOR_HOST", "GCLOUD_PROJECT", "METADATA_SERVER_DETECTION"] as const;
  const before = Object.fromEntries(keys.map((key) => [key, process.env[key]]));
  Object.assign(process.env, { FIREBASE_AUTH_EMULATOR_HOST: host, GCLOUD_PROJECT: projectId, METADATA_SERVER_DETECTION: "none" });
  return () => {
    for (const key of keys) {
      const value = before[key];
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  };
}

/**
 * The Firebase Auth emulator of firebase-tools for tests. Reuses the one named
 * by FIREBASE_AUTH_EMULATOR_HOST if set (CI may start one); else starts one on
 * free ports with a config of its own (so test files side by side never clash)
 * and waits until it answers. Without firebase-tools in the npx cache and no
 * registry to install it from, returns `{ skipped }`: the caller must warn and
 * skip, never pass.
 */
export async function startAuthEmulator(): Promise<AuthEmulator | { skipped: string }> {
  const running = process.env.FIREBASE_AUTH_EMULATOR_HOST;
  if (running) {
    if (!(await answers(running))) return { skipped: `FIREBASE_AUTH_EMULATOR_HOST=${running} does not answer` };
    const projectId = await projectOf(running);
    const restore = pointAdminSdkAt(running, projectId);
    return { host: running, projectId, stop: async () => restore() };
  }

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "marketplan-auth-emulator-"));
  const tools = await ensureFirebaseTools(dir);
  if ("skipped" in tools) {
    fs.rmSync(dir, { recursive: true, force: true });
    return tools;
  }
  const [auth, hub, logging] = [await freePort(), await freePort(), await freePort()];
  const local = (port: number) => ({ host: "127.0.0.1", port });
  const config = { emulators: { auth: local(auth), hub: local(hub), logging: local(logging), ui: { enabled: false } } };
  fs.writeFileSync(path.join(dir, "firebase.json"), JSON.stringify(config));
  const host = `127.0.0.1:${auth}`;

  const args = ["--yes", "--offline", FIREBASE_TOOLS, "emulators:start", "--only", "auth", "--project", EMULATOR_PROJECT_ID];
  // TMPDIR: firebase-tools writes a per-project hub locator there; each emulator keeps its own.
  const child = spawn("npx", args, { cwd: dir, env: { ...process.env, CI: "true", TMPDIR: dir }, detached: true });
  let output = "";
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString("utf8")).slice(-MAX_LOG_CHARS);
  };
  child.stdout.on("data", collect);
  child.stderr.on("data", collect);
  // If the test process dies without calling stop(), do not leave the emulator behind.
  const onExit = () => killGroup(child, "SIGKILL");
  process.once("exit", onExit);
  const exited = () => child.exitCode !== null || child.signalCode !== null;
  const waitForExit = (ms: number) =>
    exited()
      ? Promise.resolve(true)
      : new Promise<boolean>((resolve) => {
          const timer = setTimeout(() => resolve(false), ms);
          child.once("exit", () => {
            clearTimeout(timer);
            resolve(true);
          });
        });

  let restore = () => {};
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    process.removeListener("exit", onExit);
    restore();
    killGroup(child, "SIGTERM");
    if (!(await waitForExit(STOP_TIMEOUT_MS))) {
      killGroup(child, "SIGKILL");
      await waitForExit(STOP_TIMEOUT_MS);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };

  const started = Date.now();
  while (Date.now() - started < READY_TIMEOUT_MS) {
    if (exited()) {
      await stop();
      throw new Error(`The Auth emulator exited early (${child.exitCode ?? child.signalCode}):\n${output}`);
    }
    if (await answers(host)) {
      restore = pointAdminSdkAt(host, EMULATOR_PROJECT_ID);
      return { host, projectId: EMULATOR_PROJECT_ID, stop };
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`The Auth emulator did not answer within ${READY_TIMEOUT_MS} ms:\n${output}`);
}
