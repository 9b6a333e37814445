import { googleAI } from "@genkit-ai/google-genai";
import { GenkitError, genkit } from "genkit";
import { logger } from "genkit/logging";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { type FakeGemini, startFakeGemini, step } from "./fake-gemini";

// The plugin logs every failed fetch with logger.error; keep the output readable.
logger.init({ level: "error", debug() {}, info() {}, warn() {}, error() {} });

const PlanSchema = z.object({ name: z.string(), channels: z.array(z.string()), budgetShare: z.number() });
const PLAN = { name: "Crumb & Co bakery", channels: ["Instagram", "Local press", "Email"], budgetShare: 0.7 };
const DESCRIPTION = "A family bakery in Leeds selling sourdough to young professionals.";

let fake: FakeGemini;
let ai: ReturnType<typeof genkit>;
const model = googleAI.model("gemini-2.0-flash");

beforeAll(async () => {
  fake = await startFakeGemini({ defaultStep: step.ok(JSON.stringify(PLAN)) });
  ai = genkit({ plugins: [googleAI({ apiKey: "test-key", baseUrl: fake.baseUrl })] });
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

const admin = (path: string, body?: unknown) =>
  fetch(`${fake.baseUrl}${path}`, body === undefined ? {} : { method: "POST", body: JSON.stringify(body) });

describe("fake Gemini through the real googleAI plugin: success", () => {
  it("answers generateContent with structured output and records what the plugin sent", async () => {
    const response = await ai.generate({
      model,
      system: "You write marketing plans as JSON.",
      prompt: DESCRIPTION,
      output: { schema: PlanSchema },
    });

    expect(response.output).toEqual(PLAN);
    expect(response.finishReason).toBe("stop");
    expect(response.usage.outputTokens).toBe(Math.ceil(JSON.stringify(PLAN).length / 4));
    const [sent] = fake.requests;
    expect(sent).toMatchObject({ action: "generateContent", model: "gemini-2.0-flash", stream: false, hasApiKey: true });
    expect(sent?.path).toBe("/v1beta/models/gemini-2.0-flash:generateContent");
    expect(sent?.headers["x-goog-api-key"]).toBeUndefined();
    expect(JSON.stringify(sent)).not.toContain("test-key");
    expect(sent?.systemText).toBe("You write marketing plans as JSON.");
    expect(sent?.systemText).not.toContain("Leeds");
    expect(sent?.userText).toContain(DESCRIPTION);
    expect(sent?.body).toMatchObject({
      generationConfig: {
        responseMimeType: "application/json",
        responseJsonSchema: { type: "object", required: ["name", "channels", "budgetShare"] },
      },
    });
  });

  it("streams SSE frames: chunks arrive in order and the final output parses", async () => {
    const { stream, response } = ai.generateStream({ model, prompt: DESCRIPTION, output: { schema: PlanSchema } });
    const chunks: string[] = [];
    for await (const chunk of stream) chunks.push(chunk.text);

    expect(chunks.length).toBeGreaterThanOrEqual(2);
    expect(chunks.join("")).toBe(JSON.stringify(PLAN));
    const final = await response;
    expect(final.output).toEqual(PLAN);
    expect(final.finishReason).toBe("stop");
    expect(final.usage.outputTokens).toBeGreaterThan(0);
    expect(fake.requests[0]).toMatchObject({ action: "streamGenerateContent", stream: true, query: "?alt=sse" });
  });

  it("builds the default answer from the request when given a function", async () => {
    fake.setDefault((req) => step.ok(JSON.stringify({ ...PLAN, name: `Plan for ${req.userText.slice(0, 20)}` })));
    const response = await ai.generate({ model, prompt: DESCRIPTION, output: { schema: PlanSchema } });
    expect(response.output?.name).toBe(`Plan for ${DESCRIPTION.slice(0, 20)}`);
  });

  it("consumes queued steps one per request, then falls back to the default", async () => {
    fake.enqueue(step.ok('{"name":"first","channels":[],"budgetShare":0}'), step.unavailable());
    const first = await ai.generate({ model, prompt: "a", output: { schema: PlanSchema } });
    await expect(ai.generate({ model, prompt: "b" })).rejects.toMatchObject({ status: "UNAVAILABLE" });
    const third = await ai.generate({ model, prompt: "c", output: { schema: PlanSchema } });
    expect([first.output?.name, third.output?.name]).toEqual(["first", PLAN.name]);
  });

  it("paces a stream: first chunk after firstTokenDelayMs, then tokensPerSecond", async () => {
    const text = JSON.stringify({ ...PLAN, name: "x".repeat(360) }); // about 110 tokens, 7 frames
    fake.enqueue(step.ok(text, { firstTokenDelayMs: 300, tokensPerSecond: 250 }));
    const started = performance.now();
    const { stream, response } = ai.generateStream({ model, prompt: DESCRIPTION, output: { schema: PlanSchema } });
    const arrivals: number[] = [];
    for await (const _ of stream) arrivals.push(performance.now() - started);
    await response;

    const first = arrivals[0] ?? 0;
    const last = arrivals.at(-1) ?? 0;
    expect(first).toBeGreaterThanOrEqual(295);
    expect(first).toBeLessThan(1000);
    // the frames after the first carry about 94 tokens: 376 ms at 250 tokens a second
    expect(last - first).toBeGreaterThanOrEqual(330);
    expect(arrivals.length).toBeGreaterThanOrEqual(5);
  });

  it("applies server-wide pacing defaults to non-streamed answers too", async () => {
    const defaultStep = step.ok("x".repeat(80));
    const slow = await startFakeGemini({ firstTokenDelayMs: 200, tokensPerSecond: 100, defaultStep });
    try {
      const slowAi = genkit({ plugins: [googleAI({ apiKey: "k", baseUrl: slow.baseUrl })] });
      const started = performance.now();
      const response = await slowAi.generate({ model, prompt: "hi" });
      expect(response.text).toBe("x".repeat(80));
      expect(performance.now() - started).toBeGreaterThanOrEqual(390); // 200 ms + 20 tokens at 100/s
    } finally {
      await slow.close();
    }
  });
});

describe("fake Gemini: keys, model list and the admin endpoints", () => {
  it("refuses a request without a key the way Gemini does (403 PERMISSION_DENIED)", async () => {
    const res = await fetch(`${fake.baseUrl}/v1beta/models/gemini-2.0-flash:generateContent`, {
      method: "POST",
      body: JSON.stringify({ contents: [{ role: "user", parts: [{ text: "hi" }] }] }),
    });
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ error: { code: 403, status: "PERMISSION_DENIED" } });
    expect(fake.requests[0]?.hasApiKey).toBe(false);
  });

  it("answers a wrong key with 400 API_KEY_INVALID, which the plugin reports as INVALID_ARGUMENT", async () => {
    const strict = await startFakeGemini({ apiKey: "the-right-key" });
    try {
      const wrongAi = genkit({ plugins: [googleAI({ apiKey: "a-wrong-key", baseUrl: strict.baseUrl })] });
      const error = await failureOf(wrongAi.generate({ model, prompt: "hi" }));
      expect(error).toBeInstanceOf(GenkitError);
      expect(error.status).toBe("INVALID_ARGUMENT");
      expect(error.detail).toMatchObject({ error: { details: [{ reason: "API_KEY_INVALID" }] } });
      expect(error.message).toContain("[400 Bad Request] API key not valid.");
    } finally {
      await strict.close();
    }
  });

  it("lists models for the free reachability check, and can be told to fail it", async () => {
    const headers = { "x-goog-api-key": "k" };
    const res = await fetch(`${fake.baseUrl}/v1beta/models?pageSize=1000`, { headers });
    expect(res.status).toBe(200);
    const list = (await res.json()) as { models: { name: string; supportedGenerationMethods: string[] }[] };
    const flash = list.models.find((m) => m.name === "models/gemini-2.0-flash");
    expect(flash?.supportedGenerationMethods).toContain("generateContent");
    fake.enqueueListModels(step.unavailable());
    expect((await fetch(`${fake.baseUrl}/v1beta/models`, { headers })).status).toBe(503);
    expect(fake.requests.map((r) => r.action)).toEqual(["listModels", "listModels"]);
  });

  it("lets another process script it over HTTP: enqueue, requests, default, reset", async () => {
    const queued = await admin("/__fake/enqueue", { steps: [{ kind: "rateLimited", retryAfterSeconds: 1 }] });
    expect(queued.status).toBe(200);
    await expect(ai.generate({ model, prompt: "hi" })).rejects.toMatchObject({
      status: "RESOURCE_EXHAUSTED",
      responseMetadata: { retryAfterMs: 1000 },
    });
    const log = (await (await admin("/__fake/requests")).json()) as { requests: { model: string }[] };
    expect(log.requests.map((r) => r.model)).toEqual(["gemini-2.0-flash"]);

    expect((await admin("/__fake/default", { step: { kind: "serverError" } })).status).toBe(200);
    await expect(ai.generate({ model, prompt: "hi" })).rejects.toMatchObject({ status: "INTERNAL" });

    const refused = await admin("/__fake/enqueue", { steps: [{ kind: "teapot" }] });
    expect(refused.status).toBe(400);
    expect((await admin("/__fake/reset", {})).status).toBe(200);
    expect(fake.requests).toHaveLength(0);
    const afterReset = await ai.generate({ model, prompt: "hi", output: { schema: PlanSchema } });
    expect(afterReset.output).toEqual(PLAN);
  });
});

async function failureOf(promise: Promise<unknown>): Promise<GenkitError> {
  try {
    await promise;
  } catch (error) {
    return error as GenkitError;
  }
  throw new Error("expected the call to fail");
}
