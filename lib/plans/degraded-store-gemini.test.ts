import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetAiForTests } from "@/ai/genkit";
import { POST as generate } from "@/app/api/plans/generate/route";
import { POST as importPlan } from "@/app/api/plans/import/route";
import { resetEnvForTests } from "@/lib/env";
import { readSseEvents } from "@/lib/http/sse-parser";
import { getStore, setStoreForTests } from "@/lib/store";
import { type FakeGemini, startFakeGemini } from "@/tests/support/fake-gemini";
import { type FirestoreEmulator, restartFirestoreEmulator, startFirestoreEmulator } from "@/tests/support/firestore-emulator";
import { GEMINI_TITLE_PREFIX, geminiDefault } from "@/tests/support/gemini-plans";
import { cookieFrom } from "@/tests/support/local-app";
import type { PlanRecord } from "./schema";

/**
 * Issue 10, "Store down while Gemini is configured": the production set-up.
 * Taking the shared Gemini quota needs the store; with Firestore stopped the
 * plan must still reach the browser, unsaved, and be saved once when it is back.
 */
const first = await startFirestoreEmulator({ fresh: true });
const skipReason = "skipped" in first ? first.skipped : null;
if (skipReason) console.warn(`\n[firestore] SKIPPING the degraded-store-with-Gemini test: ${skipReason}\n`);

let emulator = first as FirestoreEmulator;
let fake: FakeGemini;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "marketplan-degraded-gemini-"));
const saved = { ...process.env };

beforeAll(async () => {
  if (skipReason) return;
  fake = await startFakeGemini({ defaultStep: geminiDefault });
  for (const key of ["GOOGLE_API_KEY", "AUTH_MODE", "FIREBASE_AUTH_EMULATOR_HOST"]) delete process.env[key];
  Object.assign(process.env, {
    STORE: "firestore",
    FIRESTORE_EMULATOR_HOST: emulator.host,
    FIREBASE_PROJECT_ID: emulator.projectId,
    FIRESTORE_TIMEOUT_MS: "2000",
    GEMINI_API_KEY: "test-key",
    GEMINI_BASE_URL: fake.baseUrl,
    MARKETPLAN_DATA_DIR: dataDir,
    LOG_LEVEL: "error",
  });
  resetEnvForTests();
  resetAiForTests();
  setStoreForTests(undefined);
});

afterAll(async () => {
  await getStore()
    .close()
    .catch(() => undefined);
  setStoreForTests(undefined);
  if (!skipReason) {
    await emulator.stop();
    await fake.close();
  }
  process.env = saved;
  resetEnvForTests();
  resetAiForTests();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function generatePlan(cookie?: string) {
  const response = await generate(
    new Request("http://localhost/api/plans/generate", {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": "203.0.113.50", ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ businessDescription: "A vegan food truck in Austin catering office lunches and weekend markets." }),
    }),
  );
  return { status: response.status, cookie: cookie ?? cookieFrom(response), events: await readSseEvents(response) };
}

const postImport = (cookie: string, body: unknown) =>
  importPlan(
    new Request("http://localhost/api/plans/import", {
      method: "POST",
      headers: { "content-type": "application/json", cookie },
      body: JSON.stringify(body),
    }),
  );

describe.skipIf(skipReason !== null)("Firestore down while Gemini is configured", () => {
  it("delivers Gemini's plan unsaved, then saves it exactly once when Firestore is back", { timeout: 180_000 }, async () => {
    const { cookie, events: upEvents } = await generatePlan();
    expect(upEvents.at(-1)?.event).toBe("plan");
    const port = Number(emulator.host.split(":")[1]);
    await emulator.stop();

    const down = await generatePlan(cookie);
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

    emulator = await restartFirestoreEmulator(port);
    await expect
      .poll(
        () =>
          getStore()
            .ping()
            .then(
              () => true,
              () => false,
            ),
        { timeout: 60_000, interval: 500 },
      )
      .toBe(true);

    // The browser may retry after a lost answer: both succeed, one plan is stored. The first is 201, or 200
    // when Firestore's client landed the generation's own timed-out write once the emulator was back.
    expect([200, 201]).toContain((await postImport(cookie, kept)).status);
    expect((await postImport(cookie, kept)).status).toBe(200);
    const owner = unsaved.record.ownerId ?? "";
    const mine = await getStore().listPlansByOwner({ ownerId: owner, limit: 10 });
    expect(mine.items.filter((p) => p.id === unsaved.record.id)).toHaveLength(1);
    expect(await getStore().getPlanById({ id: unsaved.record.id })).toEqual(unsaved.record);
  });
});
