import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";

const root = path.resolve(import.meta.dirname, "../..");
const run = promisify(execFile);

/** Runs `ops/cli.ts` as on-call would, from the repository root; resolves with its exit code and output, whatever the code. */
export async function runCli(args: string[], env: Record<string, string>) {
  const argv = ["--conditions=react-server", "--import", "tsx", "ops/cli.ts", ...args];
  try {
    const { stdout, stderr } = await run(process.execPath, argv, { cwd: root, env: { ...process.env, ...env }, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof failed.code === "number" ? failed.code : -1, stdout: failed.stdout ?? "", stderr: failed.stderr ?? "" };
  }
}
