import { execFileSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runScript } from "@/ops/testing/run-script";
import { type NextServer, startNextServer } from "@/tests/support/next-server";
import { freePort } from "@/tests/support/ports";
import { createStandInCli, type StandInCli } from "@/tests/support/stand-in-cli";

// Rollback and hotfix against the real app (next start, its /api/health releaseId) and a stand-in
// `firebase` (and `npm` for the hotfix's validation) on PATH that records its arguments.
const GOOD = "a".repeat(40);
const BROKEN = "c".repeat(40);
const BACKEND = "projects/marketplan-ai/locations/us-central1/backends/marketplanai";
const HEAD = execFileSync("git", ["rev-parse", "HEAD"], { encoding: "utf8" }).trim();

const rollouts = JSON.stringify({
  status: "success",
  result: [
    { name: `${BACKEND}/rollouts/r-1`, state: "SUCCEEDED", build: `${BACKEND}/builds/b-1`, createTime: "2026-12-01T09:00:00Z" },
    { name: `${BACKEND}/rollouts/r-2`, state: "FAILED", build: `${BACKEND}/builds/b-2`, createTime: "2026-12-02T09:00:00Z" },
    { name: `${BACKEND}/rollouts/r-3`, state: "SUCCEEDED", build: `${BACKEND}/builds/b-3`, createTime: "2026-12-03T09:00:00Z" },
  ],
});
const build = (hash: string) => JSON.stringify({ status: "success", result: { source: { codebase: { hash } } } });

function firebaseStandIn(): StandInCli {
  return createStandInCli({
    firebase: [
      { match: "apphosting:rollouts:list", stdout: rollouts },
      { match: "apphosting:builds:get marketplanai b-3", stdout: build(BROKEN) },
      { match: "apphosting:builds:get marketplanai b-1", stdout: build(GOOD) },
      { match: "apphosting:rollouts:create" },
    ],
    npm: [{ match: "run -s typecheck" }, { match: "run -s lint" }, { match: "test" }],
  });
}

let server: NextServer;
beforeAll(async () => {
  server = await startNextServer({ env: { RELEASE_ID: BROKEN } });
});
afterAll(async () => {
  await server?.stop();
});

const createCall = (commit: string, project: string) => [
  "firebase",
  "apphosting:rollouts:create",
  "marketplanai",
  "--git-commit",
  commit,
  "--project",
  project,
  "--force",
];

describe("rollback.sh", () => {
  it("picks the last good release, rolls out its commit and waits until health reports it", { timeout: 180_000 }, async () => {
    const cli = firebaseStandIn();
    let restarted: Promise<void> | undefined;
    try {
      const run = await runScript(
        "rollback.sh",
        ["--yes"],
        { BASE_URL: server.url, PATH: `${cli.binDir}:${process.env.PATH}`, ROLLBACK_TIMEOUT: "150", ROLLBACK_POLL: "1" },
        {
          timeoutMs: 170_000,
          // App Hosting replaces the instances once the rollout is created: here, the server restarts on the good commit.
          onStdout: (text) => {
            if (!restarted && text.includes("3. Verifying rollback")) {
              restarted = (async () => {
                const { port, dataDir } = server;
                await server.stop();
                server = await startNextServer({ port, env: { RELEASE_ID: GOOD, MARKETPLAN_DATA_DIR: dataDir } });
              })();
            }
          },
        },
      );
      await restarted;
      expect(run.stdout).toContain(`Serving now: ${BROKEN}`);
      expect(run.stdout).toContain(`Rolling back to commit: ${GOOD}`);
      expect(run.stdout).toContain(`✅ Rollback successful: ${server.url} serves ${GOOD} and health passes`);
      expect(run.code, run.stdout + run.stderr).toBe(0);
      expect(cli.calls()).toEqual([
        ["firebase", "apphosting:rollouts:list", "marketplanai", "--project", "production", "--json"],
        [
          "firebase",
          "apphosting:builds:get",
          "marketplanai",
          "b-3",
          "--location",
          "us-central1",
          "--project",
          "production",
          "--json",
        ],
        [
          "firebase",
          "apphosting:builds:get",
          "marketplanai",
          "b-1",
          "--location",
          "us-central1",
          "--project",
          "production",
          "--json",
        ],
        createCall(GOOD, "production"),
      ]);
    } finally {
      cli.cleanup();
    }
  });

  it("refuses without a terminal, prints the rollout with --dry-run, and fails when health never reports the commit", {
    timeout: 120_000,
  }, async () => {
    const cli = firebaseStandIn();
    const env = { BASE_URL: server.url, PATH: `${cli.binDir}:${process.env.PATH}`, ROLLBACK_TIMEOUT: "3", ROLLBACK_POLL: "1" };
    try {
      const refused = await runScript("rollback.sh", ["--to", BROKEN], env);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain("not a terminal, so nobody can confirm");
      const dry = await runScript("rollback.sh", ["--to", BROKEN, "--dry-run"], env);
      expect(dry.code).toBe(0);
      expect(dry.stdout).toContain(
        `+ firebase apphosting:rollouts:create marketplanai --git-commit ${BROKEN} --project production --force`,
      );
      expect(cli.calls()).toEqual([]);
      // With the app down, the newest successful rollout is taken as the one serving, and the one before it is chosen.
      const blind = await runScript("rollback.sh", ["--dry-run"], { ...env, BASE_URL: `http://127.0.0.1:${await freePort()}` });
      expect(blind.stdout).toContain(
        "r-3: commit cccccccccccccccccccccccccccccccccccccccc\n   (taken as the release serving now)",
      );
      expect(blind.stdout).toContain(
        `+ firebase apphosting:rollouts:create marketplanai --git-commit ${GOOD} --project production --force`,
      );
      expect(blind.code).toBe(0);
      const listed = cli.calls().length;
      // The server serves GOOD now; asking for BROKEN never becomes healthy.
      const stuck = await runScript("rollback.sh", ["--to", BROKEN, "--yes"], env);
      expect(stuck.code).toBe(1);
      expect(stuck.stdout).toContain(
        `❌ Rollback failed - manual intervention required: after 3s health is HTTP 200, status pass, release ${GOOD}`,
      );
      expect(cli.calls().slice(listed)).toEqual([createCall(BROKEN, "production")]);
    } finally {
      cli.cleanup();
    }
  });
});

describe("emergency-hotfix.sh", () => {
  it("validates, deploys to staging, smoke-tests, then promotes to production", { timeout: 180_000 }, async () => {
    const { port, dataDir } = server;
    await server.stop();
    server = await startNextServer({ port, env: { RELEASE_ID: HEAD, MARKETPLAN_DATA_DIR: dataDir } });
    const dirty = execFileSync("git", ["status", "--porcelain", "--untracked-files=no"], { encoding: "utf8" });
    if (dirty) {
      console.warn("[ops scripts] SKIPPING the hotfix run: the working tree has uncommitted changes (the script refuses them)");
      return;
    }
    const cli = firebaseStandIn();
    const env = {
      STAGING_URL: server.url,
      PRODUCTION_URL: server.url,
      PATH: `${cli.binDir}:${process.env.PATH}`,
      HOTFIX_TIMEOUT: "30",
      HOTFIX_POLL: "1",
    };
    try {
      const declined = await runScript("emergency-hotfix.sh", [], env);
      expect(declined.code).toBe(2);
      expect(declined.stdout).toContain(`✅ Staging serves ${HEAD} and health passes`);
      expect(cli.calls().filter((call) => call.includes("production"))).toEqual([]);

      const run = await runScript("emergency-hotfix.sh", ["--yes"], env);
      expect(run.code, run.stdout + run.stderr).toBe(0);
      expect(run.stdout).toContain(`✅ Hotfix deployed to production: ${server.url} serves ${HEAD}`);
      expect(cli.calls().slice(-5)).toEqual([
        ["npm", "run", "-s", "typecheck"],
        ["npm", "run", "-s", "lint"],
        ["npm", "test"],
        createCall(HEAD, "staging"),
        createCall(HEAD, "production"),
      ]);
    } finally {
      cli.cleanup();
    }
  });

  it("stops before deploying when the tests fail, and needs the URLs", async () => {
    const cli = createStandInCli({ npm: [{ match: "run -s" }, { match: "test", exit: 1 }], firebase: [] });
    try {
      const env = { STAGING_URL: server.url, PRODUCTION_URL: server.url, PATH: `${cli.binDir}:${process.env.PATH}` };
      const run = await runScript("emergency-hotfix.sh", ["--yes"], env);
      expect(run.code).toBe(1);
      expect(run.stdout).toContain("❌ npm test failed: fix it before deploying");
      expect(cli.calls().map((call) => call[0])).toEqual(["npm", "npm", "npm"]);
      const usage = await runScript("emergency-hotfix.sh", [], { STAGING_URL: undefined, PRODUCTION_URL: undefined });
      expect(usage.code).toBe(2);
      expect(usage.stderr).toContain("set STAGING_URL");
    } finally {
      cli.cleanup();
    }
  });
});
