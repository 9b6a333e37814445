import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { answersOk, freePort } from "./ports";

/** The project every test talks to; `demo-` projects never reach real Google services. */
export const EMULATOR_PROJECT_ID = "demo-marketplan";

const DEFAULT_JAR = "/usr/lib/google-cloud-sdk/platform/cloud-firestore-emulator/cloud-firestore-emulator.jar";
const MAIN_CLASS = "com.google.cloud.datastore.emulator.firestore.CloudFirestore";
const READY_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 5_000;
const MAX_LOG_CHARS = 50_000;

export interface FirestoreEmulator {
  /** `127.0.0.1:PORT`, as FIRESTORE_EMULATOR_HOST wants it. */
  host: string;
  projectId: string;
  /** Stops the emulator this helper started (a no-op for one it found running). */
  stop(): Promise<void>;
  /** Deletes every document of the project's default database. */
  clear(): Promise<void>;
}

/** The emulator jar, or the reason there is none. */
function findJar(): { jar: string } | { skipped: string } {
  const fromEnv = process.env.FIRESTORE_EMULATOR_JAR;
  if (fromEnv) return existsSync(fromEnv) ? { jar: fromEnv } : { skipped: `FIRESTORE_EMULATOR_JAR=${fromEnv} does not exist` };
  const listed = spawnSync("dpkg", ["-L", "google-cloud-cli-firestore-emulator"], { encoding: "utf8" });
  const fromDpkg = listed.status === 0 ? listed.stdout.split("\n").find((line) => line.endsWith("emulator.jar")) : undefined;
  if (fromDpkg && existsSync(fromDpkg)) return { jar: fromDpkg };
  if (existsSync(DEFAULT_JAR)) return { jar: DEFAULT_JAR };
  return {
    skipped:
      "the Cloud Firestore emulator jar is missing (install Debian's google-cloud-cli-firestore-emulator or set FIRESTORE_EMULATOR_JAR)",
  };
}

function javaMissing(): string | null {
  const probe = spawnSync("java", ["-version"], { encoding: "utf8" });
  return probe.error || probe.status !== 0 ? "java is not on PATH (the Firestore emulator needs Java 17 or later)" : null;
}

const answers = (host: string) => answersOk(`http://${host}/`);

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

function clearer(host: string, projectId: string): () => Promise<void> {
  return async () => {
    const url = `http://${host}/emulator/v1/projects/${projectId}/databases/(default)/documents`;
    const response = await fetch(url, { method: "DELETE" });
    if (!response.ok) throw new Error(`Clearing the Firestore emulator failed: HTTP ${response.status} ${await response.text()}`);
  };
}

/** Loads rules into an emulator that was started without them (what `--rules` does at start). */
async function loadRules(host: string, projectId: string, rulesFile: string): Promise<void> {
  const body = { rules: { files: [{ name: path.basename(rulesFile), content: readFileSync(rulesFile, "utf8") }] } };
  const response = await fetch(`http://${host}/emulator/v1/projects/${projectId}:securityRules`, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!response.ok)
    throw new Error(`Loading ${rulesFile} into the emulator failed: HTTP ${response.status} ${await response.text()}`);
}

/** What firebase-admin needs to talk to the emulator without looking for Google credentials. */
function pointAdminSdkAt(host: string, projectId: string): () => void {
  const keys = ["FIRESTORE_EMULATOR_HOST", "GCLOUD_PROJECT", "METADATA_SERVER_DETECTION"] as const;
  const before = Object.fromEntries(keys.map((key) => [key, process.env[key]]));
  process.env.FIRESTORE_EMULATOR_HOST = host;
  process.env.GCLOUD_PROJECT = projectId;
  process.env.METADATA_SERVER_DETECTION = "none";
  return () => {
    for (const key of keys) {
      const value = before[key];
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  };
}

let sharedProjects = 0;

/**
 * Google's Cloud Firestore emulator for tests. Reuses the one named by
 * FIRESTORE_EMULATOR_HOST if set (CI may start one), giving each caller a
 * project of its own there so test files running side by side never clear each
 * other's data; else (or with `fresh`, for a test that stops it) starts the
 * jar on a free port and waits until it answers. Without java or the jar it
 * returns `{ skipped }`: the caller must warn and skip, never pass.
 */
export async function startFirestoreEmulator(
  options: { rulesFile?: string; fresh?: boolean; port?: number } = {},
): Promise<FirestoreEmulator | { skipped: string }> {
  const running = process.env.FIRESTORE_EMULATOR_HOST;
  if (running && !options.fresh) {
    if (!(await answers(running))) return { skipped: `FIRESTORE_EMULATOR_HOST=${running} does not answer` };
    sharedProjects += 1;
    const projectId = `${EMULATOR_PROJECT_ID}-${process.pid}-${sharedProjects}`;
    if (options.rulesFile) await loadRules(running, projectId, options.rulesFile);
    const restore = pointAdminSdkAt(running, projectId);
    const clear = clearer(running, projectId);
    return {
      host: running,
      projectId,
      stop: async () => {
        await clear();
        restore();
      },
      clear,
    };
  }

  const found = findJar();
  if ("skipped" in found) return found;
  const noJava = javaMissing();
  if (noJava) return { skipped: noJava };

  // A given port lets a test restart "the same" Firestore after stopping it.
  const port = options.port ?? (await freePort());
  const host = `127.0.0.1:${port}`;
  const args = ["-cp", found.jar, MAIN_CLASS, "--host", "127.0.0.1", "--port", String(port), "--project_id", EMULATOR_PROJECT_ID];
  if (options.rulesFile) args.push("--rules", path.resolve(options.rulesFile));
  let output = "";
  const child = spawn("java", args, { stdio: ["ignore", "pipe", "pipe"] });
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString("utf8")).slice(-MAX_LOG_CHARS);
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  // If the test process dies without calling stop(), do not leave a JVM behind.
  const onExit = () => child.kill("SIGKILL");
  process.once("exit", onExit);

  let restore = () => {};
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    process.removeListener("exit", onExit);
    restore();
    child.kill("SIGTERM");
    if (!(await exited(child, STOP_TIMEOUT_MS))) {
      child.kill("SIGKILL");
      await exited(child, STOP_TIMEOUT_MS);
    }
  };

  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      await stop();
      throw new Error(`The Firestore emulator exited early (${child.exitCode ?? child.signalCode}):\n${output}`);
    }
    if (await answers(host)) {
      restore = pointAdminSdkAt(host, EMULATOR_PROJECT_ID);
      return { host, projectId: EMULATOR_PROJECT_ID, stop, clear: clearer(host, EMULATOR_PROJECT_ID) };
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stop();
  throw new Error(`The Firestore emulator did not answer within ${READY_TIMEOUT_MS} ms:\n${output}`);
}

/** Starts a fresh emulator on the port a stopped one had; the port can take a moment to be free again. */
export async function restartFirestoreEmulator(port: number): Promise<FirestoreEmulator> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= 5; attempt++) {
    try {
      const again = await startFirestoreEmulator({ fresh: true, port });
      if ("skipped" in again) throw new Error(`the emulator could not restart: ${again.skipped}`);
      return again;
    } catch (error) {
      lastError = error;
      await new Promise((resolve) => setTimeout(resolve, 1_000 * attempt));
    }
  }
  throw lastError;
}
