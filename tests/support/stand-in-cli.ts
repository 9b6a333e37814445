import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export interface StandInCli {
  /** A directory to put first on PATH. */
  binDir: string;
  /** Each call's arguments, in order. */
  calls(): string[][];
  cleanup(): void;
}

/**
 * Stand-ins for command-line tools (`firebase`, `gcloud`, `npm`) on PATH that
 * record their arguments and answer from `answers`: the first entry whose
 * `match` is a prefix of the arguments (joined by spaces) gives stdout and the
 * exit code. The scripts under test run unchanged; only the tool is replaced.
 */
export function createStandInCli(tools: Record<string, { match: string; stdout?: string; exit?: number }[]>): StandInCli {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "marketplan-stand-in-"));
  const binDir = path.join(dir, "bin");
  const log = path.join(dir, "calls.jsonl");
  fs.mkdirSync(binDir);
  for (const [tool, answers] of Object.entries(tools)) {
    const answersFile = path.join(dir, `${tool}.json`);
    fs.writeFileSync(answersFile, JSON.stringify(answers));
    const script = `#!/usr/bin/env node
const fs = require("node:fs");
const args = process.argv.slice(2);
fs.appendFileSync(${JSON.stringify(log)}, JSON.stringify([${JSON.stringify(tool)}, ...args]) + "\\n");
const joined = args.join(" ");
const answer = JSON.parse(fs.readFileSync(${JSON.stringify(answersFile)}, "utf8")).find((a) => joined.startsWith(a.match));
if (!answer) { process.stderr.write(${JSON.stringify(tool)} + ": no stand-in answer for: " + joined + "\\n"); process.exit(97); }
if (answer.stdout) process.stdout.write(answer.stdout);
process.exit(answer.exit ?? 0);
`;
    fs.writeFileSync(path.join(binDir, tool), script, { mode: 0o755 });
  }
  return {
    binDir,
    calls: () =>
      fs.existsSync(log)
        ? fs
            .readFileSync(log, "utf8")
            .trim()
            .split("\n")
            .map((line) => JSON.parse(line) as string[])
        : [],
    cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}
