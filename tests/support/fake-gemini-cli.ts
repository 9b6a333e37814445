/**
 * The fake Gemini server on its own, for `next start`, e2e tests and benchmarks:
 *
 *   npx tsx tests/support/fake-gemini-cli.ts --port 8765 --first-token-ms 500 --tokens-per-second 150
 *
 * Prints its base URL (use it as GEMINI_BASE_URL) as the only line on stdout; notes go to stderr.
 * Answers with `--text-file PATH`; else `answerLikeGemini` from tests/support/gemini-plans.ts (plan or section);
 * else `buildPlanDraft` from ai/planner for the input JSON in the first user message (a fixed sample input when
 * that does not parse); else a small static JSON. Each is checked at runtime; stderr says which one answers.
 * Script it from another process with `POST /__fake/enqueue {"steps":[{"kind":"rateLimited","retryAfterSeconds":1}]}`,
 * `POST /__fake/default {"step":{…}}`, `POST /__fake/reset` and `GET /__fake/requests`.
 */
import { existsSync, readFileSync } from "node:fs";
import Module, { createRequire, register } from "node:module";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { type PlanInput, PlanInputSchema } from "../../ai/schemas/plan-input";
import { DEFAULT_TEXT, type DefaultStep, type RecordedRequest, startFakeGemini, step } from "./fake-gemini";

const USAGE = `Usage: tsx tests/support/fake-gemini-cli.ts [--port N] [--first-token-ms MS] [--tokens-per-second N]
  [--frame-tokens N] [--api-key KEY] [--text-file PATH]`;

const SAMPLE_INPUT = {
  businessDescription:
    "Crumb & Co is a family bakery in Leeds selling sourdough, pastries and celebration cakes " +
    "to young professionals and families who live or work nearby.",
  businessName: "Crumb & Co",
  industry: "Bakery",
  region: "Leeds, UK",
  monthlyBudget: { amount: 1500, currency: "GBP" },
  goals: ["Grow weekday footfall by 20%", "Take celebration cake orders online"],
  timeframeMonths: 6,
  language: "en-GB",
};

type BuildPlanDraft = (input: PlanInput) => unknown;
type Answer = (req: RecordedRequest) => string;

function number(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) {
    process.stderr.write(`${flag} needs a non-negative number, got "${value}"\n${USAGE}\n`);
    process.exit(2);
  }
  return n;
}

/** The planner may `import "server-only"`, which throws outside React Server Components; the CLI is server code. */
let serverOnlyAllowed = false;
function allowServerOnly() {
  if (serverOnlyAllowed) return;
  serverOnlyAllowed = true;
  const require = createRequire(import.meta.url);
  try {
    const id = require.resolve("server-only");
    const stub = new Module(id);
    stub.filename = id;
    stub.loaded = true;
    require.cache[id] = stub;
  } catch {
    // not installed: nothing to stub
  }
  const hook = `export async function resolve(s, c, next) {
    return s === "server-only" ? { url: "data:text/javascript,", shortCircuit: true } : next(s, c);
  }`;
  register(`data:text/javascript,${encodeURIComponent(hook)}`);
}

/** The module's exports, or why it could not be used. */
async function importIfPresent(relatives: string[]): Promise<Record<string, unknown> | string> {
  const found = relatives.map((r) => new URL(r, import.meta.url)).find((url) => existsSync(fileURLToPath(url)));
  if (!found) return `${relatives[0]} does not exist yet`;
  allowServerOnly();
  try {
    return (await import(found.href)) as Record<string, unknown>;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return `importing ${relatives[0]} failed: ${message.split("\n")[0]}`;
  }
}

/** The plan input in the first user message: its JSON (whole, or the outermost {…}), or that JSON's `input`. */
function inputFrom(req: RecordedRequest): PlanInput | null {
  const contents = (req.body as { contents?: { role?: string; parts?: { text?: unknown }[] }[] } | null)?.contents;
  const first = contents?.find((c) => c.role === "user");
  const text = (first?.parts ?? []).map((p) => (typeof p.text === "string" ? p.text : "")).join("");
  for (const json of [text, text.slice(text.indexOf("{"), text.lastIndexOf("}") + 1)]) {
    let value: unknown;
    try {
      value = JSON.parse(json);
    } catch {
      continue;
    }
    for (const candidate of [value, (value as { input?: unknown } | null)?.input]) {
      const parsed = PlanInputSchema.safeParse(candidate);
      if (parsed.success) return parsed.data;
    }
  }
  return null;
}

function planFromInput(buildPlanDraft: BuildPlanDraft): Answer {
  const sample = PlanInputSchema.parse(SAMPLE_INPUT);
  return (req) => JSON.stringify(buildPlanDraft(inputFrom(req) ?? sample));
}

/**
 * Prefers tests/support/gemini-plans.ts (the in-process tests' answer: plan or section, as the prompt asks),
 * then buildPlanDraft from ai/planner; each falls through to the next when it throws for a request.
 */
async function loadAnswers(): Promise<{ answers: Answer[]; notes: string[] }> {
  const answers: Answer[] = [];
  const notes: string[] = [];
  const helper = await importIfPresent(["./gemini-plans.ts"]);
  if (typeof helper !== "string" && typeof helper.answerLikeGemini === "function") {
    answers.push(helper.answerLikeGemini as Answer);
    notes.push("answerLikeGemini from tests/support/gemini-plans.ts");
  } else notes.push(typeof helper === "string" ? helper : "gemini-plans.ts has no answerLikeGemini");
  const planner = await importIfPresent(["../../ai/planner/index.ts", "../../ai/planner.ts"]);
  if (typeof planner !== "string" && typeof planner.buildPlanDraft === "function") {
    answers.push(planFromInput(planner.buildPlanDraft as BuildPlanDraft));
    notes.push("buildPlanDraft from ai/planner");
  } else notes.push(typeof planner === "string" ? planner : "ai/planner has no buildPlanDraft");
  return { answers, notes };
}

function firstAnswer(answers: Answer[]): DefaultStep {
  return (req) => {
    for (const answer of answers) {
      try {
        return step.ok(answer(req));
      } catch (error) {
        process.stderr.write(`fake Gemini: default answer failed, trying the next: ${String(error)}\n`);
      }
    }
    return step.ok(DEFAULT_TEXT);
  };
}

async function main() {
  const { values } = parseArgs({
    options: {
      port: { type: "string" },
      "first-token-ms": { type: "string" },
      "tokens-per-second": { type: "string" },
      "frame-tokens": { type: "string" },
      "api-key": { type: "string" },
      "text-file": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  let defaultStep: DefaultStep = step.ok(DEFAULT_TEXT);
  let source = "static text";
  if (values["text-file"]) {
    defaultStep = step.ok(readFileSync(values["text-file"], "utf8"));
    source = `text file ${values["text-file"]}`;
  } else {
    const { answers, notes } = await loadAnswers();
    if (answers.length) defaultStep = firstAnswer(answers);
    source = `${answers.length ? "" : "static text; "}${notes.join("; ")}`;
  }
  const tokensPerSecond = number(values["tokens-per-second"], "--tokens-per-second");
  const fake = await startFakeGemini({
    port: number(values.port, "--port"),
    firstTokenDelayMs: number(values["first-token-ms"], "--first-token-ms"),
    tokensPerSecond: tokensPerSecond || undefined,
    frameTokens: number(values["frame-tokens"], "--frame-tokens") || undefined,
    apiKey: values["api-key"],
    defaultStep,
  });
  process.stdout.write(`${fake.baseUrl}\n`);
  process.stderr.write(`fake Gemini listening on ${fake.baseUrl}; default answer: ${source}\n`);
  const stop = () => {
    void fake.close().then(() => process.exit(0));
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`fake Gemini failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
