import { googleAI } from "@genkit-ai/google-genai";
import { GenkitError, genkit } from "genkit";
import { logger } from "genkit/logging";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { type FakeGemini, type FakeStep, startFakeGemini, step } from "./fake-gemini";

// The plugin logs every failed fetch with logger.error; keep the output readable.
logger.init({ level: "error", debug() {}, info() {}, warn() {}, error() {} });

const PlanSchema = z.object({ name: z.string(), channels: z.array(z.string()), budgetShare: z.number() });
const PLAN_TEXT = JSON.stringify({ name: "Crumb & Co bakery", channels: ["Instagram", "Email"], budgetShare: 0.7 });

let fake: FakeGemini;
let ai: ReturnType<typeof genkit>;
const model = googleAI.model("gemini-2.0-flash");

beforeAll(async () => {
  fake = await startFakeGemini({ defaultStep: step.ok(PLAN_TEXT), frameTokens: 4 });
  ai = genkit({ plugins: [googleAI({ apiKey: "test-key", baseUrl: fake.baseUrl })] });
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

type Failure = Error & Partial<GenkitError>;

/** The error of a plain `ai.generate` with a schema, after `s` is queued. */
async function generateFailure(s: FakeStep, options: { abortSignal?: AbortSignal } = {}): Promise<Failure> {
  fake.enqueue(s);
  try {
    await ai.generate({ model, prompt: "Plan for a bakery", output: { schema: PlanSchema }, ...options });
  } catch (error) {
    return error as Failure;
  }
  throw new Error("expected ai.generate to fail");
}

/** Chunks that arrived, and the errors of the stream and of the `response` promise, after `s` is queued. */
async function streamFailure(s: FakeStep, abortSignal?: AbortSignal, onChunk?: () => void) {
  fake.enqueue(s);
  const { stream, response } = ai.generateStream({ model, prompt: "Plan", output: { schema: PlanSchema }, abortSignal });
  const responseError = response.then(
    () => null,
    (error: Failure) => error,
  );
  const chunks: string[] = [];
  let streamError: Failure | null = null;
  try {
    for await (const chunk of stream) {
      chunks.push(chunk.text);
      onChunk?.();
    }
  } catch (error) {
    streamError = error as Failure;
  }
  return { chunks, streamError, responseError: await responseError };
}

async function settled(check: () => boolean, withinMs = 500): Promise<boolean> {
  const deadline = Date.now() + withinMs;
  while (!check() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
  return check();
}

describe("fake Gemini failures as the googleAI plugin surfaces them", () => {
  it("429 with Retry-After: GenkitError RESOURCE_EXHAUSTED, retryAfterMs in responseMetadata", async () => {
    const error = await generateFailure(step.rateLimited({ retryAfterSeconds: 2 }));
    expect(error).toBeInstanceOf(GenkitError);
    expect(error.status).toBe("RESOURCE_EXHAUSTED");
    expect(error.responseMetadata).toEqual({ retryAfterMs: 2000 });
    expect(error.message).toMatch(/^RESOURCE_EXHAUSTED: Error fetching from .*:generateContent: \[429 Too Many Requests\] You/);
    expect(error.detail).toMatchObject({ error: { code: 429, status: "RESOURCE_EXHAUSTED" } });
    const retryInfo = { "@type": "type.googleapis.com/google.rpc.RetryInfo", retryDelay: "2s" };
    expect(error.detail.error.details).toContainEqual(retryInfo);

    const streamed = await streamFailure(step.rateLimited({ retryAfterSeconds: 3 }));
    expect(streamed.chunks).toEqual([]);
    expect(streamed.streamError).toMatchObject({ status: "RESOURCE_EXHAUSTED", responseMetadata: { retryAfterMs: 3000 } });
    expect(streamed.responseError).toBe(streamed.streamError);
  });

  it("429 with RetryInfo only in the body (real Gemini): no responseMetadata, delay and quota in detail", async () => {
    const error = await generateFailure(step.rateLimited({ retryAfterSeconds: 7, retryAfterIn: "body", quota: "day" }));
    expect(error.status).toBe("RESOURCE_EXHAUSTED");
    expect(error.responseMetadata).toBeUndefined();
    const details = error.detail.error.details as { retryDelay?: string; violations?: { quotaId: string }[] }[];
    expect(details.find((d) => d.retryDelay)?.retryDelay).toBe("7s");
    expect(details[0]?.violations?.[0]?.quotaId).toBe("GenerateRequestsPerDayPerProjectPerModel-FreeTier");
  });

  it.each([
    [step.unavailable(), "UNAVAILABLE", "[503 Service Unavailable] The model is overloaded."],
    [step.serverError(), "INTERNAL", "[500 Internal Server Error] An internal error has occurred."],
  ])("%o → GenkitError %s", async (s, status, text) => {
    const error = await generateFailure(s);
    expect(error).toBeInstanceOf(GenkitError);
    expect(error.status).toBe(status);
    expect(error.message).toContain(text);
    expect(error.responseMetadata).toBeUndefined();
  });

  it("hang + abortSignal: a plain Error 'Failed to fetch … aborted', promptly, and no socket left open", async () => {
    const own = await startFakeGemini({ defaultStep: step.hang() });
    try {
      const ownAi = genkit({ plugins: [googleAI({ apiKey: "k", baseUrl: own.baseUrl })] });
      const controller = new AbortController();
      const call = ownAi.generate({ model, prompt: "hi", abortSignal: controller.signal });
      const failure = call.then(
        () => null,
        (e: unknown) => e as Failure,
      );
      expect(await settled(() => own.activeRequests === 1, 1500)).toBe(true);
      const abortedAt = performance.now();
      controller.abort();
      const error = (await failure) as Failure;
      expect(performance.now() - abortedAt).toBeLessThan(200);
      expect(error).not.toBeInstanceOf(GenkitError);
      expect(error.message).toMatch(/^Failed to fetch from .*:generateContent: This operation was aborted$/);
      expect(await settled(() => own.activeRequests === 0 && own.openSockets === 0)).toBe(true);
    } finally {
      await own.close();
    }
  });

  it("hang on a stream + abort: stream and response reject with the same 'Failed to fetch' Error", async () => {
    const controller = new AbortController();
    const running = streamFailure(step.hang(), controller.signal);
    expect(await settled(() => fake.activeRequests === 1, 1500)).toBe(true);
    controller.abort();
    const { chunks, streamError, responseError } = await running;
    expect(chunks).toEqual([]);
    expect(streamError?.message).toMatch(/streamGenerateContent\?alt=sse: This operation was aborted$/);
    expect(responseError).toBe(streamError);
    expect(await settled(() => fake.activeRequests === 0)).toBe(true);
  });

  it("stall mid-stream + abort: chunks, then Error 'Error reading from the stream' (not ABORTED)", async () => {
    const controller = new AbortController();
    const abortSoon = () => setTimeout(() => controller.abort(), 50);
    const { chunks, streamError } = await streamFailure(step.stall({ afterFraction: 0.5 }), controller.signal, abortSoon);
    expect(chunks.join("")).toBe(PLAN_TEXT.slice(0, Math.floor(PLAN_TEXT.length / 2)));
    expect(streamError).not.toBeInstanceOf(GenkitError);
    expect(streamError?.message).toBe("Error reading from the stream");
    expect(await settled(() => fake.activeRequests === 0)).toBe(true);
  });

  it("cutStream: the chunks sent so far arrive, then Error 'Error reading from the stream'", async () => {
    const { chunks, streamError, responseError } = await streamFailure(step.cutStream({ afterFraction: 0.4 }));
    expect(chunks.length).toBeGreaterThan(0);
    expect(chunks.join("")).toBe(PLAN_TEXT.slice(0, Math.floor(PLAN_TEXT.length * 0.4)));
    expect(streamError?.message).toBe("Error reading from the stream");
    expect(streamError).not.toBeInstanceOf(GenkitError);
    expect(responseError).toBe(streamError);
  });

  it("cutStream on a non-streamed call: undici's TypeError 'terminated', not wrapped by the plugin", async () => {
    const error = await generateFailure(step.cutStream({ afterFraction: 0.5 }));
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toBe("terminated");
    expect(String((error as { cause?: unknown }).cause)).toContain("other side closed");
  });

  it("malformed (truncated object): Genkit repairs it, then schema validation fails with INVALID_ARGUMENT", async () => {
    const error = await generateFailure(step.malformed());
    expect(error.name).toBe("GenkitError");
    expect(error.status).toBe("INVALID_ARGUMENT");
    expect(error.message).toMatch(/^INVALID_ARGUMENT: Schema validation failed\. Parse Errors:/);
    expect(error.detail.errors[0].message).toMatch(/must have required property/);

    const garbage = await generateFailure(step.malformed({ text: "Sure! Here is your plan:" }));
    expect(garbage.status).toBe("INVALID_ARGUMENT");
    expect(garbage.message).toContain("Provided data:\n\nnull");
  });

  it("schema-invalid JSON (ok with the wrong shape): INVALID_ARGUMENT naming the missing property", async () => {
    const error = await generateFailure(step.ok(JSON.stringify({ title: "Half a plan" })));
    expect(error.status).toBe("INVALID_ARGUMENT");
    expect(error.message).toContain("must have required property 'name'");
  });

  it("malformed but only the closing brace missing: response.output is the repaired object, no error", async () => {
    fake.enqueue(step.malformed({ text: PLAN_TEXT.slice(0, -1) }));
    const response = await ai.generate({ model, prompt: "Plan", output: { schema: PlanSchema } });
    expect(response.output).toEqual(JSON.parse(PLAN_TEXT));
    expect(response.finishReason).toBe("stop");
  });

  it("safety: GenerationBlockedError FAILED_PRECONDITION 'Generation blocked.', ratings in detail", async () => {
    const error = await generateFailure(step.safety({ category: "HARM_CATEGORY_HATE_SPEECH" }));
    expect(error.name).toBe("GenkitError");
    expect(error.constructor.name).toBe("GenerationBlockedError");
    expect(error.status).toBe("FAILED_PRECONDITION");
    expect(error.message).toBe("FAILED_PRECONDITION: Generation blocked.");
    expect(error.detail.response.finishReason).toBe("blocked");
    expect(error.detail.response.output).toBeNull();
    expect(error.detail.response.custom.candidates[0].safetyRatings).toContainEqual({
      category: "HARM_CATEGORY_HATE_SPEECH",
      probability: "HIGH",
      blocked: true,
    });

    const streamed = await streamFailure(step.safety());
    expect(streamed.chunks).toEqual([""]);
    expect(streamed.streamError?.message).toBe("FAILED_PRECONDITION: Generation blocked.");
  });

  it.each([
    ["no candidates field", step.empty()],
    ["candidates: []", step.empty({ shape: "emptyArray" })],
    ["promptFeedback.blockReason", step.promptBlocked()],
  ])("%s: GenkitError FAILED_PRECONDITION 'No valid candidates returned.'", async (_label, s) => {
    const error = await generateFailure(s);
    expect(error).toBeInstanceOf(GenkitError);
    expect(error.status).toBe("FAILED_PRECONDITION");
    expect(error.message).toBe("FAILED_PRECONDITION: No valid candidates returned.");
    expect(error.detail).toBeUndefined();

    const streamed = await streamFailure(s);
    expect(streamed.streamError?.message).toBe("FAILED_PRECONDITION: No valid candidates returned.");
  });

  it("a stream with no data frames at all: plain Error 'Error aggregating stream chunks…'", async () => {
    const { chunks, streamError } = await streamFailure(step.empty({ shape: "noFrames" }));
    expect(chunks).toEqual([]);
    expect(streamError).not.toBeInstanceOf(GenkitError);
    expect(streamError?.message).toMatch(/^Error aggregating stream chunks because the final response/);
  });

  it("close() ends hanging requests at once; the waiting client gets an error", async () => {
    const own = await startFakeGemini({ defaultStep: step.hang() });
    const ownAi = genkit({ plugins: [googleAI({ apiKey: "k", baseUrl: own.baseUrl })] });
    const call = ownAi.generate({ model, prompt: "hi" }).catch((e: unknown) => e as Error);
    expect(await settled(() => own.activeRequests === 1)).toBe(true);
    const started = performance.now();
    await own.close();
    expect(performance.now() - started).toBeLessThan(200);
    expect((await call).message).toMatch(/^Failed to fetch from .*: fetch failed$/);
  });
});
