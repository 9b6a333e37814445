import { spawnSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runScript } from "@/ops/testing/run-script";
import { type NextServer, startNextServer } from "@/tests/support/next-server";
import { freePort } from "@/tests/support/ports";
import { createStandInCli } from "@/tests/support/stand-in-cli";

let server: NextServer;
let downUrl: string;
let env: Record<string, string | undefined>;
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "marketplan-ops-scripts-"));

beforeAll(async () => {
  server = await startNextServer({ env: { STORE: "sqlite", FIRESTORE_EMULATOR_HOST: undefined, OPS_API_TOKEN: undefined } });
  downUrl = `http://127.0.0.1:${await freePort()}`;
  // Scripts find the local server's generated token in its data directory, as on a laptop.
  env = {
    BASE_URL: server.url,
    MARKETPLAN_DATA_DIR: server.dataDir,
    STORE: "sqlite",
    OPS_API_TOKEN: undefined,
    FIRESTORE_EMULATOR_HOST: undefined,
    BACKUP_ENCRYPTION_KEY: "5e".repeat(32),
  };
  // One plan, so the usage figures are real ones.
  // Bounded, and with the server's log when it fails: a generation that never ends should say why, not time the hook out.
  const body = await fetch(`${server.url}/api/plans/generate`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "text/event-stream" },
    body: JSON.stringify({
      businessDescription: "A bakery in Lyon selling sourdough bread and pastries to office workers nearby.",
    }),
    signal: AbortSignal.timeout(90_000),
  })
    .then((response) => response.text())
    .catch((error: unknown) => {
      throw new Error(`the seed plan did not arrive (${String(error)}); the server said:\n${server.logs().slice(-4000)}`);
    });
  expect(body).toContain("event: plan");
});
afterAll(async () => {
  await server?.stop();
  fs.rmSync(scratch, { recursive: true, force: true });
});

describe("daily-health-check.sh", () => {
  it("prints the manual's lines with real figures and exits 0", async () => {
    const run = await runScript("daily-health-check.sh", [], env);
    expect(run.stdout).toMatch(/✅ Health: pass \(release \S+\)/);
    expect(run.stdout).toContain("✅ AI service: pass");
    expect(run.stdout).toContain("✅ Status: All Systems Operational");
    expect(run.stdout).toMatch(/Active users last 24h: 1\n/);
    expect(run.stdout).toMatch(/Plans generated: 1\n/);
    // Generations are counted from the per-minute rollups, flushed once a minute: 0 or 1 here.
    expect(run.stdout).toMatch(/AI generations: [01]\n/);
    expect(run.stdout).not.toContain("\u001b[");
    expect(run.code, run.stdout).toBe(0);
    const errorRate = await fetch(`${server.url}/api/metrics/error-rate/24h`);
    if (errorRate.status === 404) {
      console.warn(
        "[ops scripts] SKIPPING the error-rate line: GET /api/metrics/error-rate/24h is missing until issue 9 is merged",
      );
      expect(run.stdout).toContain("this server has no /api/metrics/error-rate/24h yet");
    } else {
      expect(run.stdout).toMatch(/✅ Error rate last 24h: (n\/a|[\d.]+% \(SLO < 1%\))/);
    }
  });

  it("exits 1 with a wrong token", async () => {
    const run = await runScript("daily-health-check.sh", [], { ...env, OPS_API_TOKEN: "w".repeat(40) });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("OPS_API_TOKEN is missing or wrong");
  });
});

describe("weekly-report.sh", () => {
  it("prints the manual's weekly lines and saves the full report", async () => {
    const run = await runScript("weekly-report.sh", ["--out", scratch], env);
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toMatch(/Total AI generations: [01]\n/);
    expect(run.stdout).toMatch(/Weekly active users: 1\n/);
    expect(run.stdout).toMatch(/Average response time: ([\d.]+|n\/a)ms\n/);
    expect(run.stdout).toMatch(/Total incidents: 0\n/);
    const saved = fs.readdirSync(scratch).find((name) => /^weekly-report-\d{8}\.json$/.test(name));
    expect(JSON.parse(fs.readFileSync(path.join(scratch, saved ?? "missing"), "utf8")).users.weeklyActive).toBe(1);
  });
});

describe("performance-check.sh", () => {
  it("checks the app's p95 and AI latency against the SLOs", async () => {
    const run = await runScript("performance-check.sh", ["--no-lighthouse"], env);
    // Figures come from the per-minute rollups: n/a until the first minute is flushed.
    expect(run.stdout).toMatch(/✅ HTTP p95( \(\d+ requests\): [\d.]+ms \(limit 3000ms\)|: n\/a \(0 requests\))/);
    expect(run.stdout).toMatch(/✅ AI generation p90(: [\d.]+s \(limit 30s\)|: n\/a \(0 generations\))/);
    expect(run.stdout).toMatch(/✅ POST \/api\/ai\/health answered in [\d.]+s/);
    expect(run.code).toBe(0);
  });

  it("runs Lighthouse and reports the Web Vitals, failing past the limits", { timeout: 240_000 }, async () => {
    if (spawnSync("chromium", ["--version"]).error) {
      console.warn("[ops scripts] SKIPPING the Lighthouse run: chromium is not on PATH");
      return;
    }
    const run = await runScript("performance-check.sh", [], env, { timeoutMs: 230_000 });
    expect(run.stdout).toMatch(/Scores: performance \d+, accessibility \d+, best-practices \d+, seo \d+/);
    expect(run.stdout).toMatch(/FCP: [\d.]+ms/);
    expect(run.stdout).toMatch(/(✅|❌) LCP: [\d.]+ms \(limit 2500ms\)/);
    expect(run.stdout).toMatch(/(✅|❌) CLS: [\d.]+ \(limit 0.1\)/);
    // The exit status follows what was printed: a busy CI machine may well be past the limits.
    expect(run.code).toBe(run.stdout.includes("❌") ? 1 : 0);
  });
});

describe("manual-scaling.sh", () => {
  it("reads the traffic and, dry by default, prints the change it would make", async () => {
    const yaml = fs.readFileSync("apphosting.yaml", "utf8");
    const run = await runScript("manual-scaling.sh", [], env);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Requests per minute: \d+\n/);
    expect(run.stdout).toContain("Low traffic - scaling down: minInstances 2 -> 1");
    expect(run.stdout).toContain(
      "+ gcloud run services update marketplanai --min-instances 1 --region us-central1 --project marketplan-ai",
    );
    expect(fs.readFileSync("apphosting.yaml", "utf8")).toBe(yaml);
  });

  it("with --apply changes minInstances in apphosting.yaml and on the service", async () => {
    const yaml = path.join(scratch, "apphosting.yaml");
    fs.copyFileSync("apphosting.yaml", yaml);
    const gcloud = createStandInCli({ gcloud: [{ match: "run services update" }] });
    try {
      const run = await runScript("manual-scaling.sh", ["--apply", "--yes", "--rpm", "900"], {
        ...env,
        APPHOSTING_YAML: yaml,
        PATH: `${gcloud.binDir}:${process.env.PATH}`,
      });
      expect(run.code, run.stdout + run.stderr).toBe(0);
      expect(run.stdout).toContain("High traffic detected - scaling up: minInstances 2 -> 4");
      expect(fs.readFileSync(yaml, "utf8")).toMatch(/\n {2}minInstances: 4\n/);
      expect(gcloud.calls()).toEqual([
        [
          "gcloud",
          "run",
          "services",
          "update",
          "marketplanai",
          "--min-instances",
          "4",
          "--region",
          "us-central1",
          "--project",
          "marketplan-ai",
        ],
      ]);
    } finally {
      gcloud.cleanup();
    }
  });
});

describe("sev1-response.sh", () => {
  it("opens nothing while the service is up", async () => {
    const run = await runScript("sev1-response.sh", [], env);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/✅ Primary service is up: \/api\/health answered pass/);
  });

  it("when the service is down, tries to open a SEV1 and prints each diagnosis step", { timeout: 120_000 }, async () => {
    const firebase = createStandInCli({
      firebase: [
        {
          match: "apphosting:rollouts:list marketplanai --project production --json",
          stdout: JSON.stringify({
            status: "success",
            result: [
              {
                name: "projects/p/locations/us-central1/backends/marketplanai/rollouts/r-2",
                state: "SUCCEEDED",
                build: "projects/p/locations/us-central1/backends/marketplanai/builds/b-2",
                createTime: "2026-12-01T10:00:00Z",
              },
            ],
          }),
        },
      ],
    });
    try {
      const run = await runScript("sev1-response.sh", [], {
        ...env,
        BASE_URL: downUrl,
        PATH: `${firebase.binDir}:${process.env.PATH}`,
      });
      expect(run.code).toBe(1);
      expect(run.stdout).toContain("❌ Primary service is down: /api/health no answer within 5s");
      // The app is down, so its incidents API is too: the script says what to do instead.
      expect(run.stdout).toContain("❌ Could not open the incident: the app is down too");
      expect(run.stdout).toMatch(/✅ store: pass \(sqlite, \d+ms\)/);
      expect(run.stdout).toMatch(/✅ AI provider: pass \(builtin-planner/);
      expect(run.stdout).toContain("✅ 127.0.0.1 resolves to 127.0.0.1");
      expect(run.stdout).toContain("2026-12-01T10:00:00Z  SUCCEEDED  r-2  build b-2");
      expect(firebase.calls()).toEqual([
        ["firebase", "apphosting:rollouts:list", "marketplanai", "--project", "production", "--json"],
      ]);
    } finally {
      firebase.cleanup();
    }
  });

  it("opens a SEV1 through the incidents API when health fails but the app answers", { timeout: 120_000 }, async () => {
    // A front that fails /api/health (as a broken dependency would) and passes everything else to the real app.
    const front = http.createServer(async (request, response) => {
      if (request.url?.startsWith("/api/health")) {
        response
          .writeHead(503, { "content-type": "application/health+json" })
          .end(JSON.stringify({ status: "fail", checks: { "sqlite:responseTime": [{ status: "fail" }] } }));
        return;
      }
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      const upstream = await fetch(`${server.url}${request.url}`, {
        method: request.method,
        headers: Object.fromEntries(
          Object.entries(request.headers).filter((e): e is [string, string] => typeof e[1] === "string"),
        ),
        body: chunks.length ? Buffer.concat(chunks) : undefined,
      });
      response
        .writeHead(upstream.status, { "content-type": upstream.headers.get("content-type") ?? "text/plain" })
        .end(Buffer.from(await upstream.arrayBuffer()));
    });
    await new Promise<void>((resolve) => front.listen(0, "127.0.0.1", resolve));
    const frontUrl = `http://127.0.0.1:${(front.address() as { port: number }).port}`;
    // No Firebase login here: the rollout listing fails, and the script says so and goes on.
    const firebase = createStandInCli({ firebase: [{ match: "apphosting:rollouts:list", exit: 1 }] });
    try {
      const run = await runScript("sev1-response.sh", ["--title", "Health failing (ops-scripts test)"], {
        ...env,
        BASE_URL: frontUrl,
        PATH: `${firebase.binDir}:${process.env.PATH}`,
      });
      expect(run.stdout).toContain("⚠️ Could not list rollouts");
      expect(run.code).toBe(1);
      expect(run.stdout).toContain("❌ Primary service is down: /api/health HTTP 503 (failing: sqlite:responseTime)");
      if (run.stdout.includes("POST /api/incidents answered HTTP 404")) {
        console.warn(
          "[ops scripts] SKIPPING the incident-opened assertions: POST /api/incidents is missing until issue 9 is merged",
        );
        return;
      }
      // Depends on issue 9's incidents API (POST /api/incidents, GET /api/incidents).
      expect(run.stdout).toMatch(/✅ Incident opened: \S+/);
      const listed = await (await fetch(`${server.url}/api/incidents`, { headers: auth() })).text();
      expect(listed).toContain("Health failing (ops-scripts test)");
      expect(listed).toContain("SEV1");
    } finally {
      firebase.cleanup();
      front.closeAllConnections();
      await new Promise((resolve) => front.close(resolve));
    }
  });
});

describe("backups through the scripts, with the app running", () => {
  let id = "";

  it("backup.sh takes an online backup and backup-verification.sh proves it restores", { timeout: 120_000 }, async () => {
    const dry = await runScript("backup.sh", ["--dry-run"], env);
    expect(dry.stdout).toContain("+ npm run -s ops -- backup\n+ npm run -s ops -- backup-prune\n");
    const run = await runScript("backup.sh", [], env);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    id = /backup: (marketplan-\S+)/.exec(run.stdout)?.[1] ?? "";
    expect(run.stdout).toMatch(/encrypted: yes, aes-256-gcm/);
    const verify = await runScript("backup-verification.sh", [], env);
    expect(verify.code).toBe(0);
    expect(verify.stdout).toContain("✅ restore drill: row counts and checksums");
  });

  it("restore.sh refuses without a terminal, prints with --dry-run, restores with --yes", { timeout: 120_000 }, async () => {
    const refused = await runScript("restore.sh", ["--id", id], env);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("not a terminal, so nobody can confirm");
    const dry = await runScript("restore.sh", ["--id", id, "--dry-run"], env);
    expect(dry.stdout).toContain(`+ npm run -s ops -- restore --id ${id} --yes`);
    // A plan written after the backup disappears with the restore; the app keeps serving.
    const later = await fetch(`${server.url}/api/plans/generate`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "text/event-stream" },
      body: JSON.stringify({ businessDescription: "A bike repair shop in Ghent that also rents cargo bikes to families." }),
    });
    await later.text();
    expect(await (await fetch(`${server.url}/api/analytics/plans/24h`, { headers: auth() })).text()).toBe("2");
    const run = await runScript("restore.sh", ["--id", id, "--yes"], env);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toMatch(/safety backup of the previous data: marketplan-\S+-pre-restore/);
    expect(await (await fetch(`${server.url}/api/analytics/plans/24h`, { headers: auth() })).text()).toBe("1");
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
  });

  it("weekly-maintenance.sh runs all six steps", { timeout: 240_000 }, async () => {
    const run = await runScript("weekly-maintenance.sh", ["--yes", "--offline"], env, { timeoutMs: 230_000 });
    for (const step of [
      "1. Checking for system updates",
      "2. Running security scans",
      "3. Database optimization",
      "4. Performance optimization",
      "5. Verifying backups",
      "6. Updating documentation",
    ]) {
      expect(run.stdout).toContain(step);
    }
    expect(run.stdout).toContain("⚠️ Skipped (--offline): npm audit --audit-level high");
    expect(run.stdout).toContain("removed 0 users and 0 plans");
    expect(run.stdout).toContain("✅ backup verified");
    expect(run.stdout).toContain("✅ Weekly maintenance completed");
    expect(run.code, run.stdout).toBe(0);
    const refused = await runScript("weekly-maintenance.sh", ["--offline"], env);
    expect(refused.code).toBe(2);
  });
});

describe("load-test.sh", () => {
  it("prints the k6 runs it would make, or says which scripts are missing", async () => {
    const run = await runScript("load-test.sh", ["--dry-run"], env);
    if (fs.existsSync("load-tests/baseline.js")) {
      expect(run.stdout).toContain(`+ k6 run -e BASE_URL=${server.url} --vus 10 --duration 60s load-tests/baseline.js`);
    } else {
      expect(run.stdout).toContain("⚠️ baseline: load-tests/baseline.js does not exist yet");
      expect(run.code).toBe(1);
    }
  });
});

function auth(): Record<string, string> {
  return { authorization: `Bearer ${fs.readFileSync(path.join(server.dataDir, "ops-token"), "utf8").trim()}` };
}
