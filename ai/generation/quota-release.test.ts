import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { POST as generate } from "@/app/api/plans/generate/route";
import { readSseEvents } from "@/lib/http/sse-parser";
import { getStore } from "@/lib/store";
import { type FakeGemini, startFakeGemini, step } from "@/tests/support/fake-gemini";
import { geminiDefault } from "@/tests/support/gemini-plans";
import { useLocalApp } from "@/tests/support/local-app";
import { awayFromMinuteEnd } from "@/tests/support/minute-window";

let fake: FakeGemini;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  fake = await startFakeGemini({ defaultStep: geminiDefault });
  cleanup = useLocalApp({ GEMINI_API_KEY: "test-key", GEMINI_BASE_URL: fake.baseUrl, AI_TIMEOUT_MS: "20000" });
});
afterAll(async () => {
  await cleanup();
  await fake.close();
});
beforeEach(() => fake.reset());

const used = () => getStore().readQuota({ key: "gemini", windows: ["minute", "day"] });

function start(signal?: AbortSignal): Promise<Response> {
  return generate(
    new Request("http://localhost/api/plans/generate", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ businessDescription: "A cycling café in Girona renting road bikes to visiting riders." }),
      signal,
    }),
  );
}

describe("the shared Gemini quota when the client goes away (issue 10)", () => {
  it("gives the request back when the client hangs up before Gemini answered", async () => {
    await awayFromMinuteEnd();
    const before = await used();
    fake.enqueue(step.hang());
    const client = new AbortController();
    const response = await start(client.signal);
    const reading = readSseEvents(response).catch(() => []);
    await expect.poll(() => fake.activeRequests, { timeout: 10_000 }).toBe(1);
    expect((await used()).minute).toBe(before.minute + 1);
    client.abort();
    await reading;
    await expect.poll(used, { timeout: 5_000 }).toEqual(before);
  });

  it("keeps it counted when Gemini wrote the plan", async () => {
    await awayFromMinuteEnd();
    const before = await used();
    const events = await readSseEvents(await start());
    expect(events.at(-1)?.event).toBe("plan");
    expect(await used()).toEqual({ minute: before.minute + 1, day: before.day + 1 });
  });
});
