import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "..");
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "marketplan-load-test-"));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

/**
 * A k6 stand-in on PATH: records its arguments and whether it saw the ops token
 * in its environment, and exits 99 (what k6 does when a threshold fails) for
 * the script named in K6_FAILS. The script under test runs unchanged.
 */
function standInK6(): { binDir: string; log: string } {
  const binDir = path.join(scratch, "bin");
  const log = path.join(scratch, "k6-calls.log");
  fs.mkdirSync(binDir, { recursive: true });
  fs.writeFileSync(
    path.join(binDir, "k6"),
    `#!/usr/bin/env bash
echo "$* token=\${OPS_API_TOKEN:+set}" >>"${log}"
for arg in "$@"; do [ -n "\${K6_FAILS:-}" ] && [ "$arg" = "load-tests/\${K6_FAILS}.js" ] && exit 99; done
exit 0
`,
    { mode: 0o755 },
  );
  return { binDir, log };
}

function loadTest(env: Record<string, string>): { code: number | null; stdout: string; calls: string[] } {
  const { binDir, log } = standInK6();
  fs.rmSync(log, { force: true });
  const run = spawnSync("bash", ["ops/load-test.sh"], {
    cwd: ROOT,
    encoding: "utf8",
    env: { NODE_ENV: "test", PATH: `${binDir}:${process.env.PATH}`, NO_COLOR: "1", BASE_URL: "http://127.0.0.1:9", ...env },
  });
  const calls = fs.existsSync(log) ? fs.readFileSync(log, "utf8").trim().split("\n") : [];
  return { code: run.status, stdout: run.stdout + run.stderr, calls };
}

describe("ops/load-test.sh", () => {
  const token = "t".repeat(40);

  it("runs the four suites of the manual, the ops token in the environment only", () => {
    const run = loadTest({ OPS_API_TOKEN: token });
    expect(run.code, run.stdout).toBe(0);
    expect(run.calls).toEqual([
      "run -e BASE_URL=http://127.0.0.1:9 --vus 10 --duration 60s load-tests/baseline.js token=set",
      "run -e BASE_URL=http://127.0.0.1:9 --vus 5 --duration 300s load-tests/ai-generation.js token=set",
      "run -e BASE_URL=http://127.0.0.1:9 --vus 100 --duration 60s load-tests/spike.js token=set",
      "run -e BASE_URL=http://127.0.0.1:9 --out json=test-results/k6/results.json load-tests/comprehensive.js token=set",
    ]);
    expect(run.stdout).not.toContain(token);
  });

  it("exits 1 naming the suite whose thresholds failed, after running the others", () => {
    const run = loadTest({ OPS_API_TOKEN: token, K6_FAILS: "spike" });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("❌ spike failed its thresholds");
    expect(run.calls).toHaveLength(4);
  });

  it("exits 1 with how to install k6 when it is missing", () => {
    const run = spawnSync("bash", ["ops/load-test.sh"], {
      cwd: ROOT,
      encoding: "utf8",
      env: { NODE_ENV: "test", PATH: "/usr/bin:/bin", NO_COLOR: "1", BASE_URL: "http://127.0.0.1:9" },
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("k6 is not installed");
  });
});
