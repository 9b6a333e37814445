/**
 * npm run bench:lighthouse [-- --form-factor mobile|desktop|both]
 *
 * Starts `next start` on the existing build (NEXT_DIST_DIR, else .next; builds once if there is none)
 * with a fresh data directory and the built-in planner, writes one plan through the API, then runs
 * Lighthouse 12 (Chromium from CHROME_PATH, else `chromium` on PATH; run in plain Node by lighthouse-audit.mjs) on `/` and on that plan's page.
 * Prints the four category scores, writes each report as JSON to test-results/lighthouse/, and
 * exits non-zero when performance < 90, accessibility < 95 or best practices < 95 anywhere.
 */
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { SseParser } from "@/lib/http/sse-parser";
import { startNextServer } from "@/tests/support/next-server";

const MINIMUM = { performance: 90, accessibility: 95, "best-practices": 95 } as const;
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
const OUT_DIR = path.resolve(import.meta.dirname, "../test-results/lighthouse");
const AUDIT_SCRIPT = path.resolve(import.meta.dirname, "lighthouse-audit.mjs");

const { values } = parseArgs({ options: { "form-factor": { type: "string", default: "both" } } });
const formFactors = values["form-factor"] === "both" ? ["mobile", "desktop"] : [values["form-factor"] ?? "mobile"];

/** Writes one plan with the built-in planner and returns its page path and the owner's cookie. */
async function writePlan(baseUrl: string): Promise<{ path: string; cookie: string }> {
  const response = await fetch(`${baseUrl}/api/plans/generate`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "text/event-stream" },
    body: JSON.stringify({
      businessDescription:
        "Bloom & Brew is a plant shop and coffee bar in Austin, Texas. We sell houseplants, pots and workshops, and serve espresso.",
      businessName: "Bloom & Brew",
      monthlyBudget: { amount: 3000, currency: "USD" },
    }),
  });
  const cookie = (response.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  if (!response.ok || !response.body || !cookie) throw new Error(`POST /api/plans/generate answered ${response.status}`);
  const parser = new SseParser();
  const decoder = new TextDecoder();
  const reader = response.body.getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    for (const message of parser.push(decoder.decode(chunk.value, { stream: true }))) {
      if (message.event === "plan") return { path: `/plans/${(JSON.parse(message.data) as { id: string }).id}`, cookie };
      if (message.event === "error" || message.event === "unsaved") throw new Error(`generation ended with ${message.event}`);
    }
  }
  throw new Error("the generation stream ended without a plan");
}

interface Row {
  page: string;
  formFactor: string;
  scores: Record<(typeof CATEGORIES)[number], number>;
  /** Audits scoring under 0.9: what to fix next. */
  failing: string[];
}

/** Runs bench/lighthouse-audit.mjs in plain Node (see there why) and reads its one JSON line. */
function audit(url: string, name: string, formFactor: string, cookie: string): Promise<Row> {
  const file = path.join(OUT_DIR, `${name}-${formFactor}.json`);
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [AUDIT_SCRIPT, url, formFactor, file, cookie], { maxBuffer: 1 << 20 }, (error, stdout, stderr) => {
      if (error) return reject(new Error(`Lighthouse failed on ${url}: ${stderr || error.message}`));
      const { scores, failing } = JSON.parse(stdout.trim().split("\n").pop() ?? "{}") as Pick<Row, "scores" | "failing">;
      resolve({ page: name, formFactor, scores, failing });
    });
  });
}

async function main(): Promise<number> {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const server = await startNextServer({
    env: { GEMINI_API_KEY: undefined, GOOGLE_API_KEY: undefined, GEMINI_BASE_URL: undefined, LOG_LEVEL: "error" },
  });
  const rows: Row[] = [];
  try {
    const plan = await writePlan(server.url);
    for (const formFactor of formFactors) {
      rows.push(await audit(`${server.url}/`, "home", formFactor, plan.cookie));
      rows.push(await audit(`${server.url}${plan.path}`, "plan", formFactor, plan.cookie));
    }
  } finally {
    await server.stop();
  }
  console.table(rows.map((row) => ({ page: row.page, "form factor": row.formFactor, ...row.scores })));
  for (const row of rows) {
    if (row.failing.length > 0) console.log(`${row.page} (${row.formFactor}) audits under 0.9: ${row.failing.join(", ")}`);
  }
  const failures = rows.flatMap((row) =>
    Object.entries(MINIMUM)
      .filter(([category, minimum]) => row.scores[category as keyof typeof MINIMUM] < minimum)
      .map(
        ([category, minimum]) =>
          `${row.page} (${row.formFactor}): ${category} ${row.scores[category as keyof typeof MINIMUM]} < ${minimum}`,
      ),
  );
  console.log(`Reports: ${path.relative(process.cwd(), OUT_DIR)}/`);
  if (failures.length > 0) {
    console.error(`Below the bar:\n  ${failures.join("\n  ")}`);
    return 1;
  }
  console.log("Every score meets the bar (performance ≥ 90, accessibility ≥ 95, best practices ≥ 95).");
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
