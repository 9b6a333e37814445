/**
 * npm run bench:generate [-- --runs N --planner-runs N]
 *
 * 1. The built-in planner's plan time, alone and through the whole flow.
 * 2. After one untimed warm-up request, against the fake Gemini server scripted at 500 ms to first token and
 *    150 tokens a second: the model's own time to first token, to the first
 *    text of a section and to the end (a direct stream from the fake, read as
 *    the server reads it), and the same request through
 *    POST /api/plans/generate (first `section` event, final `plan` event),
 *    interleaved run by run so both see the same machine load.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { IncrementalJsonObject } from "@/ai/generation/incremental-json";
import { buildPlanDraft } from "@/ai/planner";
import { systemInstructions, userMessage } from "@/ai/prompts/plan-prompt";
import { SECTION_KEYS } from "@/ai/schemas/plan";
import { SseParser } from "@/lib/http/sse-parser";
import { startFakeGemini } from "@/tests/support/fake-gemini";
import { geminiDefault } from "@/tests/support/gemini-plans";
import { median, percentile, summary } from "./stats";

const { values } = parseArgs({
  options: { runs: { type: "string", default: "5" }, "planner-runs": { type: "string", default: "300" } },
});
const runs = Number(values.runs);
const plannerRuns = Number(values["planner-runs"]);

const input = {
  businessDescription:
    "Bloom & Brew is a plant shop and coffee bar in Austin, Texas. We sell houseplants, pots and workshops, and serve espresso. Most customers are young professionals who live nearby.",
  monthlyBudget: { amount: 3000, currency: "USD" },
  goals: ["Double workshop bookings", "Grow Instagram to 10k followers"],
};

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "marketplan-bench-"));
Object.assign(process.env, { MARKETPLAN_DATA_DIR: dataDir, LOG_LEVEL: "error", AI_QUOTA_PER_MINUTE: "100000" });

/**
 * Reads the fake's own Gemini stream the way the server does, noting when the
 * first token arrived and when the text first holds part of a plan section:
 * the model's own time to first section, before any server work.
 */
async function timeModelStream(response: Response, started: number): Promise<{ firstToken: number; firstSection: number }> {
  const times = { firstToken: Number.NaN, firstSection: Number.NaN };
  const parser = new SseParser();
  const plan = new IncrementalJsonObject();
  const decoder = new TextDecoder();
  const reader = response.body?.getReader();
  for (;;) {
    const chunk = await reader?.read();
    if (!chunk || chunk.done) break;
    for (const message of parser.push(decoder.decode(chunk.value, { stream: true }))) {
      const now = performance.now() - started;
      if (Number.isNaN(times.firstToken)) times.firstToken = now;
      const frame = JSON.parse(message.data) as { candidates?: { content?: { parts?: { text?: string }[] } }[] };
      const text = frame.candidates?.[0]?.content?.parts?.map((part) => part.text ?? "").join("") ?? "";
      const sofar = plan.push(text);
      if (Number.isNaN(times.firstSection) && SECTION_KEYS.some((key) => sofar[key] !== undefined && sofar[key] !== "")) {
        times.firstSection = now;
      }
    }
  }
  return times;
}

/** Reads an SSE response, noting when the first event of each name arrived. */
async function timeEvents(response: Response, started: number): Promise<Map<string, number>> {
  const firsts = new Map<string, number>();
  const parser = new SseParser();
  const decoder = new TextDecoder();
  const reader = response.body?.getReader();
  for (;;) {
    const chunk = await reader?.read();
    if (!chunk || chunk.done) break;
    for (const message of parser.push(decoder.decode(chunk.value, { stream: true }))) {
      if (!firsts.has(message.event)) firsts.set(message.event, performance.now() - started);
    }
  }
  return firsts;
}

async function main() {
  console.log(`bench:generate  node ${process.version}, ${os.cpus().length} cores, runs=${runs}\n`);

  // 1. Built-in planner.
  const plannerTimes: number[] = [];
  for (let i = 0; i < plannerRuns; i++) {
    const started = performance.now();
    buildPlanDraft({ ...input, businessName: `Shop ${i % 7}` });
    plannerTimes.push(performance.now() - started);
  }
  console.log(summary("built-in planner: buildPlanDraft", plannerTimes));

  const { POST } = await import("@/app/api/plans/generate/route");
  const post = () =>
    POST(
      new Request("http://bench/api/plans/generate", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(input),
      }),
    );
  const flowTimes: number[] = [];
  for (let i = 0; i < Math.min(plannerRuns, 100); i++) {
    const started = performance.now();
    const events = await timeEvents(await post(), started);
    flowTimes.push(events.get("plan") ?? Number.NaN);
  }
  console.log(summary("built-in planner: whole request, saved (in-process)", flowTimes));

  // 2. Fake Gemini at 500 ms to first token, 150 tokens/s.
  const fake = await startFakeGemini({ firstTokenDelayMs: 500, tokensPerSecond: 150, defaultStep: geminiDefault });
  Object.assign(process.env, { GEMINI_API_KEY: "bench-key", GEMINI_BASE_URL: fake.baseUrl });
  const { resetEnvForTests } = await import("@/lib/env");
  const { resetAiForTests } = await import("@/ai/genkit");
  resetEnvForTests();
  resetAiForTests();

  const directBody = JSON.stringify({
    systemInstruction: { parts: [{ text: systemInstructions({ task: "plan" }, input) }] },
    contents: [{ role: "user", parts: [{ text: userMessage({ task: "plan", input }) }] }],
    generationConfig: { responseMimeType: "application/json" },
  });
  const model = { token: [] as number[], first: [] as number[], total: [] as number[] };
  const server = { first: [] as number[], total: [] as number[] };
  // One untimed request first: the first Gemini call of a process pays one-time costs
  // (plugin set-up, compiling the plan's JSON schema validator) that a running server has paid already.
  await timeEvents(await post(), performance.now());
  for (let i = 0; i < runs; i++) {
    let started = performance.now();
    const direct = await fetch(`${fake.baseUrl}/v1beta/models/gemini-2.0-flash:streamGenerateContent?alt=sse`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-goog-api-key": "bench-key" },
      body: directBody,
    });
    const own = await timeModelStream(direct, started);
    model.token.push(own.firstToken);
    model.first.push(own.firstSection);
    model.total.push(performance.now() - started);

    started = performance.now();
    const events = await timeEvents(await post(), started);
    server.first.push(events.get("section") ?? Number.NaN);
    server.total.push(events.get("plan") ?? Number.NaN);
    process.stdout.write(
      `  run ${i + 1}/${runs}: model ${model.total.at(-1)?.toFixed(0)} ms, through the server ${server.total.at(-1)?.toFixed(0)} ms\n`,
    );
  }
  const added = (a: number[], b: number[]) => a.map((value, index) => value - (b[index] ?? Number.NaN));
  console.log();
  console.log(summary("fake Gemini alone: first token", model.token));
  console.log(summary("fake Gemini alone: first text of a section", model.first));
  console.log(summary("fake Gemini alone: whole answer", model.total));
  console.log(summary("through POST /api/plans/generate: first section", server.first));
  console.log(summary("through POST /api/plans/generate: plan saved", server.total));
  console.log(summary("server's added time to first section", added(server.first, model.first)));
  console.log(summary("server's added total time", added(server.total, model.total)));
  console.log(
    `\ntargets: planner p95 < 20 ms: ${percentile(plannerTimes, 95) < 20 ? "met" : "MISSED"}; ` +
      `added to first section p95 < 50 ms: ${percentile(added(server.first, model.first), 95) < 50 ? "met" : "MISSED"}; ` +
      `added total < 100 ms (median): ${median(added(server.total, model.total)) < 100 ? "met" : "MISSED"}`,
  );
  await fake.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
  process.exit(0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
