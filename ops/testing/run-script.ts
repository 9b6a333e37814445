import { spawn } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");

export interface ScriptResult {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Wall-clock milliseconds the script took. */
  ms: number;
}

/**
 * Runs `ops/<script>` with bash as cron or an operator without a terminal
 * would (stdin closed, stdout a pipe: no colour), with `env` over the test's
 * environment (a key set to undefined is removed); resolves whatever the exit status.
 */
export function runScript(
  script: string,
  args: string[],
  env: Record<string, string | undefined> = {},
  { timeoutMs = 120_000, onStdout }: { timeoutMs?: number; onStdout?: (text: string) => void } = {},
): Promise<ScriptResult> {
  const merged: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(merged)) if (key.startsWith("VITEST")) delete merged[key];
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete merged[key];
    else merged[key] = value;
  }
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn("bash", [path.join(root, "ops", script), ...args], {
      cwd: root,
      env: merged,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString("utf8");
      onStdout?.(stdout);
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8");
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: Date.now() - started });
    });
  });
}
