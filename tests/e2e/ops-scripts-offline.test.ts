import { spawnSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runScript } from "@/ops/testing/run-script";
import { freePort } from "@/tests/support/ports";

// The ops scripts' checks that need no running app: their options, shellcheck, colour, and the
// vendor check (which talks to the vendors only). The ones against the app are in ops-scripts.test.ts.

const SCRIPTS = [
  "daily-health-check.sh",
  "performance-check.sh",
  "sev1-response.sh",
  "weekly-maintenance.sh",
  "emergency-hotfix.sh",
  "rollback.sh",
  "backup.sh",
  "restore.sh",
  "backup-verification.sh",
  "vendor-health.sh",
  "manual-scaling.sh",
  "load-test.sh",
  "weekly-report.sh",
];

let downUrl: string;
let env: Record<string, string | undefined>;
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "marketplan-ops-scripts-offline-"));

beforeAll(async () => {
  downUrl = `http://127.0.0.1:${await freePort()}`;
  env = {
    BASE_URL: downUrl,
    MARKETPLAN_DATA_DIR: scratch,
    STORE: "sqlite",
    OPS_API_TOKEN: undefined,
    FIRESTORE_EMULATOR_HOST: undefined,
  };
});
afterAll(() => {
  fs.rmSync(scratch, { recursive: true, force: true });
});

describe("every script", () => {
  it("passes shellcheck when it is installed", () => {
    const probe = spawnSync("shellcheck", ["--version"]);
    if (probe.error) {
      console.warn("[ops scripts] SKIPPING shellcheck: not installed (apt-get install -y shellcheck)");
      return;
    }
    const result = spawnSync("shellcheck", ["-x", ...SCRIPTS.map((s) => `ops/${s}`), "ops/lib.sh"], { encoding: "utf8" });
    expect(result.stdout + result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("answers --help with exit 0 and an unknown option with exit 2", async () => {
    for (const script of SCRIPTS) {
      const help = await runScript(script, ["--help"], env);
      expect(help.code, script).toBe(0);
      expect(help.stdout, script).toMatch(/Exit status: 0/);
      const bad = await runScript(script, ["--no-such-option"], { ...env, STAGING_URL: "x", PRODUCTION_URL: "x" });
      expect(bad.code, script).toBe(2);
      expect(bad.stderr, script).toContain("unknown option --no-such-option");
    }
  });
});

describe("colour", () => {
  it("is used on a terminal only, and never with NO_COLOR", () => {
    if (spawnSync("script", ["--version"]).error) {
      console.warn("[ops scripts] SKIPPING the terminal colour check: util-linux's script is not installed");
      return;
    }
    // `script` gives the script a pseudo-terminal, as an operator's shell would.
    const onTerminal = (extra: string) =>
      spawnSync("script", ["-qec", `env -u NO_COLOR ${extra} BASE_URL=${downUrl} bash ops/daily-health-check.sh`, "/dev/null"], {
        encoding: "utf8",
      }).stdout;
    expect(onTerminal("")).toContain("\u001b[31m❌ Health check failed");
    expect(onTerminal("NO_COLOR=1")).not.toContain("\u001b[");
  });
});

describe("vendor-health.sh", () => {
  it("reports every vendor unreachable within seconds on a machine without internet", async () => {
    const run = await runScript("vendor-health.sh", ["--timeout", "3"], {
      ...env,
      SENTRY_DSN: undefined,
      GEMINI_BASE_URL: undefined,
    });
    expect(run.code).toBe(1);
    for (const vendor of ["Gemini (models list)", "Firestore", "Sentry ingest", "Firebase status feed"]) {
      expect(run.stdout).toMatch(new RegExp(`❌ ${vendor.replace(/[()]/g, "\\$&")}: unreachable`));
    }
    expect(run.ms).toBeLessThan(4 * 3_000 + 3_000);
  });

  it("gives up on a vendor that accepts and never answers, and passes one that answers", async () => {
    const hanging = http.createServer(() => {});
    const answering = http.createServer((_request, response) => response.writeHead(401).end());
    await Promise.all([hanging, answering].map((s) => new Promise<void>((resolve) => s.listen(0, "127.0.0.1", resolve))));
    const url = (s: http.Server) => `http://127.0.0.1:${(s.address() as { port: number }).port}/`;
    try {
      const run = await runScript("vendor-health.sh", ["--timeout", "2"], {
        ...env,
        VENDOR_GEMINI_URL: url(hanging),
        VENDOR_FIRESTORE_URL: url(answering),
        VENDOR_SENTRY_URL: url(answering),
        VENDOR_STATUS_URL: url(answering),
      });
      expect(run.stdout).toMatch(/❌ Gemini \(models list\): unreachable \(no HTTP answer; gave up after \d+ ms, limit 2s\)/);
      expect(run.stdout).toMatch(/✅ Firestore: reachable \(HTTP 401 in \d+ ms\)/);
      expect(run.code).toBe(1);
      expect(run.ms).toBeLessThan(10_000);
    } finally {
      hanging.closeAllConnections();
      await Promise.all([hanging, answering].map((s) => new Promise((resolve) => s.close(resolve))));
    }
  });
});

describe("with the app down", () => {
  it("daily-health-check.sh exits 1 within seconds", async () => {
    const run = await runScript("daily-health-check.sh", [], env);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`❌ Health check failed: ${downUrl} did not answer`);
    expect(run.ms).toBeLessThan(15_000);
  });

  it("weekly-report.sh exits 1", async () => {
    const run = await runScript("weekly-report.sh", ["--out", scratch], env);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("The weekly report is unavailable");
  });

  it("performance-check.sh exits 1 within seconds", async () => {
    const run = await runScript("performance-check.sh", ["--no-lighthouse"], env);
    expect(run.code).toBe(1);
    expect(run.ms).toBeLessThan(15_000);
  });

  it("manual-scaling.sh exits 1: the traffic cannot be read", async () => {
    const run = await runScript("manual-scaling.sh", [], env);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("Could not read requests per minute");
  });
});
