import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect } from "vitest";
import { resetAiForTests } from "@/ai/genkit";
import { POST as generate } from "@/app/api/plans/generate/route";
import { POST as importPlan } from "@/app/api/plans/import/route";
import { resetEnvForTests } from "@/lib/env";
import { readSseEvents } from "@/lib/http/sse-parser";
import { getStore, setStoreForTests } from "@/lib/store";
import { type FirestoreEmulator, restartFirestoreEmulator, startFirestoreEmulator } from "./firestore-emulator";
import { cookieFrom } from "./local-app";

export interface DegradedFirestore {
  /** Why the test cannot run here (printed already), or null. */
  skipReason: string | null;
  /** `POST /api/plans/generate` through the route handler: the status, the identity cookie and every event. */
  generatePlan(
    description: string,
    cookie?: string,
  ): Promise<{ status: number; cookie: string; events: Awaited<ReturnType<typeof readSseEvents>> }>;
  /** `POST /api/plans/import`, as the browser sends a plan it kept. */
  postImport(cookie: string, body: unknown): Promise<Response>;
  /** The same, retried while it answers 503 (for up to a minute), as the browser does after an outage. */
  importLikeTheBrowser(cookie: string, body: unknown): Promise<Response>;
  /** Stops the emulator; `bringBack` starts it again on the same port and waits until the store answers. */
  takeDown(): Promise<{ bringBack(): Promise<void> }>;
}

/**
 * The route handlers on a Firestore emulator of the test file's own, which the test stops and
 * starts again (the degraded-store tests). `env` is added to the process environment before the
 * first request (Gemini's, for the production set-up); `close` runs after the store is closed.
 */
export async function setUpDegradedFirestore(options: {
  label: string;
  env?: () => Promise<Record<string, string>> | Record<string, string>;
  close?: () => Promise<void>;
}): Promise<DegradedFirestore> {
  const first = await startFirestoreEmulator({ fresh: true });
  const skipReason = "skipped" in first ? first.skipped : null;
  if (skipReason) console.warn(`\n[firestore] SKIPPING the ${options.label} test: ${skipReason}\n`);
  let emulator = first as FirestoreEmulator;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "marketplan-degraded-"));
  const saved = { ...process.env };

  beforeAll(async () => {
    if (skipReason) return;
    const extra = (await options.env?.()) ?? {};
    for (const key of ["GEMINI_API_KEY", "GOOGLE_API_KEY", "AUTH_MODE", "FIREBASE_AUTH_EMULATOR_HOST"]) delete process.env[key];
    Object.assign(process.env, {
      STORE: "firestore",
      FIRESTORE_EMULATOR_HOST: emulator.host,
      FIREBASE_PROJECT_ID: emulator.projectId,
      FIRESTORE_TIMEOUT_MS: "2000",
      MARKETPLAN_DATA_DIR: dataDir,
      LOG_LEVEL: "error",
      ...extra,
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
      await options.close?.();
    }
    process.env = saved;
    resetEnvForTests();
    resetAiForTests();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const storeAnswers = () =>
    getStore()
      .ping()
      .then(
        () => true,
        () => false,
      );

  const postImport = (cookie: string, body: unknown) =>
    importPlan(
      new Request("http://localhost/api/plans/import", {
        method: "POST",
        headers: { "content-type": "application/json", cookie },
        body: JSON.stringify(body),
      }),
    );

  return {
    skipReason,
    async generatePlan(description, cookie) {
      const response = await generate(
        new Request("http://localhost/api/plans/generate", {
          method: "POST",
          headers: { "content-type": "application/json", "x-forwarded-for": "203.0.113.50", ...(cookie ? { cookie } : {}) },
          body: JSON.stringify({ businessDescription: description }),
        }),
      );
      return { status: response.status, cookie: cookie ?? cookieFrom(response), events: await readSseEvents(response) };
    },
    postImport,
    async importLikeTheBrowser(cookie, body) {
      // A store that answers a ping can still time a first write out on a loaded machine.
      const deadline = Date.now() + 60_000;
      for (;;) {
        const response = await postImport(cookie, body);
        if (response.status !== 503 || Date.now() > deadline) return response;
        await new Promise((resolve) => setTimeout(resolve, 1_000));
      }
    },
    async takeDown() {
      const port = Number(emulator.host.split(":")[1]);
      await emulator.stop();
      return {
        async bringBack() {
          emulator = await restartFirestoreEmulator(port);
          // The Firestore client reconnects with backoff; the browser keeps retrying meanwhile, as this poll does.
          await expect.poll(storeAnswers, { timeout: 60_000, interval: 500 }).toBe(true);
        },
      };
    },
  };
}
