import { describe, expect, it } from "vitest";
import { getStore } from "@/lib/store";
import { setUpDegradedFirestore } from "@/tests/support/degraded-firestore";
import { type FakeGemini, startFakeGemini } from "@/tests/support/fake-gemini";
import { GEMINI_TITLE_PREFIX, geminiDefault } from "@/tests/support/gemini-plans";
import type { PlanRecord } from "./schema";

/**
 * Issue 10, "Store down while Gemini is configured": the production set-up.
 * Taking the shared Gemini quota needs the store; with Firestore stopped the
 * plan must still reach the browser, unsaved, and be saved once when it is back.
 */
let fake: FakeGemini;
const { skipReason, generatePlan, postImport, importLikeTheBrowser, takeDown } = await setUpDegradedFirestore({
  label: "degraded-store-with-Gemini",
  env: async () => {
    fake = await startFakeGemini({ defaultStep: geminiDefault });
    return { GEMINI_API_KEY: "test-key", GEMINI_BASE_URL: fake.baseUrl };
  },
  close: () => fake.close(),
});
const DESCRIPTION = "A vegan food truck in Austin catering office lunches and weekend markets.";

describe.skipIf(skipReason !== null)("Firestore down while Gemini is configured", () => {
  it("delivers Gemini's plan unsaved, then saves it exactly once when Firestore is back", { timeout: 180_000 }, async () => {
    const { cookie, events: upEvents } = await generatePlan(DESCRIPTION);
    expect(upEvents.at(-1)?.event).toBe("plan");
    const outage = await takeDown();

    const down = await generatePlan(DESCRIPTION, cookie);
    expect(down.status).toBe(200);
    const last = down.events.at(-1);
    expect(last?.event, JSON.stringify(last?.data)).toBe("unsaved");
    const unsaved = last?.data as { record: PlanRecord; signature: string; message: string };
    expect(unsaved.message).toMatch(/kept in this browser/);
    // Gemini wrote it, though its quota could not be counted.
    expect(unsaved.record.generation.provider).toBe("gemini");
    expect(unsaved.record.title.startsWith(GEMINI_TITLE_PREFIX)).toBe(true);
    const kept = { record: unsaved.record, signature: unsaved.signature };
    expect((await postImport(cookie, kept)).status).toBe(503);

    await outage.bringBack();

    // The browser may retry after a lost answer: both succeed, one plan is stored. The first is 201, or 200
    // when Firestore's client landed the generation's own timed-out write once the emulator was back.
    expect([200, 201]).toContain((await importLikeTheBrowser(cookie, kept)).status);
    expect((await postImport(cookie, kept)).status).toBe(200);
    const owner = unsaved.record.ownerId ?? "";
    const mine = await getStore().listPlansByOwner({ ownerId: owner, limit: 10 });
    expect(mine.items.filter((p) => p.id === unsaved.record.id)).toHaveLength(1);
    expect(await getStore().getPlanById({ id: unsaved.record.id })).toEqual(unsaved.record);
  });
});
