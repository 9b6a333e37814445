import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as generate } from "@/app/api/plans/generate/route";
import { readSseEvents } from "@/lib/http/sse-parser";
import type { PlanRecord } from "@/lib/plans/schema";
import { getStore } from "@/lib/store";
import { type FakeGemini, startFakeGemini } from "@/tests/support/fake-gemini";
import { geminiDefault } from "@/tests/support/gemini-plans";
import { useLocalApp } from "@/tests/support/local-app";
import { awayFromMinuteEnd } from "@/tests/support/minute-window";

/**
 * The shared Gemini quota when the store answers later than AI_QUOTA_WAIT_MS:
 * the plan is not held up (it goes to Gemini uncounted), and a late refusal,
 * which means the quota was overspent, is logged for the SRE.
 */
const STORE_DELAY_MS = 600;
let fake: FakeGemini;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  fake = await startFakeGemini({ defaultStep: geminiDefault });
  cleanup = useLocalApp({
    GEMINI_API_KEY: "test-key",
    GEMINI_BASE_URL: fake.baseUrl,
    AI_QUOTA_PER_MINUTE: "1",
    AI_QUOTA_WAIT_MS: "150",
    LOG_LEVEL: "warn",
  });
});
afterAll(async () => {
  await cleanup();
  await fake.close();
});

describe("a store slower than AI_QUOTA_WAIT_MS", () => {
  it("sends the plan to Gemini uncounted and logs the overspend when the late answer is a refusal", async () => {
    await awayFromMinuteEnd();
    const store = getStore();
    // This minute's only Gemini request is already taken.
    expect((await store.consumeQuota({ key: "gemini", limits: [{ window: "minute", limit: 1 }] })).allowed).toBe(true);
    const consume = store.consumeQuota.bind(store);
    store.consumeQuota = async (args) => {
      await new Promise((resolve) => setTimeout(resolve, STORE_DELAY_MS));
      return consume(args);
    };
    const logged: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string | Uint8Array) => {
      logged.push(String(chunk));
      return true;
    }) as typeof process.stdout.write;
    let plan: PlanRecord | undefined;
    try {
      const response = await generate(
        new Request("http://localhost/api/plans/generate", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ businessDescription: "A cycling café in Girona renting road bikes to visiting riders." }),
        }),
      );
      const events = await readSseEvents(response);
      plan = events.at(-1)?.data as PlanRecord;
      await expect
        .poll(() => logged.some((line) => line.includes('"event":"ai.quota_overspent"')), { timeout: 5_000 })
        .toBe(true);
    } finally {
      process.stdout.write = write;
      store.consumeQuota = consume;
    }
    expect(plan?.generation.provider).toBe("gemini");
    expect(plan?.generation.fallback).toBeNull();
    const events = logged.map((line) => JSON.parse(line) as { event: string; reason?: string; error?: string });
    expect(events.find((e) => e.event === "ai.quota_uncounted")?.error).toContain("no quota answer within 150 ms");
    expect(events.find((e) => e.event === "ai.quota_overspent")?.reason).toBe("quota_minute");
  });
});
