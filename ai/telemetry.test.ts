import { afterAll, describe, expect, it } from "vitest";
import { type Env, getEnv, resetEnvForTests } from "@/lib/env";
import { useLocalApp } from "@/tests/support/local-app";
import { genkitTelemetryDecision, startGenkitTelemetry } from "./telemetry";

const env = (overrides: Partial<Env>): Env => ({ ...getEnv(), ...overrides });
const PRODUCTION_FIREBASE: Partial<Env> = {
  NODE_ENV: "production",
  store: "firestore",
  projectId: "marketplan-prod",
  FIRESTORE_EMULATOR_HOST: undefined,
  FIREBASE_AUTH_EMULATOR_HOST: undefined,
};

describe("Genkit monitoring (Firebase telemetry)", () => {
  const cleanup = useLocalApp();
  afterAll(() => cleanup());

  it("starts no exporter in local mode, under test or on the emulators", async () => {
    resetEnvForTests();
    const loaded: string[] = [];
    const enable = async () => {
      loaded.push("@genkit-ai/firebase");
      return async () => undefined;
    };
    // This process: vitest, local SQLite mode.
    expect(await startGenkitTelemetry(getEnv(), enable)).toEqual({ enabled: false, reason: "NODE_ENV is test" });
    // A production build run locally (npm start) and one on the emulators (the e2e tests).
    expect(
      await startGenkitTelemetry(env({ NODE_ENV: "production", store: "sqlite", projectId: undefined }), enable),
    ).toMatchObject({
      enabled: false,
    });
    expect(
      await startGenkitTelemetry(env({ ...PRODUCTION_FIREBASE, FIRESTORE_EMULATOR_HOST: "127.0.0.1:8080" }), enable),
    ).toMatchObject({ enabled: false, reason: "Firebase emulators" });
    expect(loaded, "the exporter module is never even loaded").toEqual([]);
  });

  it("starts once in production Firebase mode, with input and output logging off", async () => {
    const calls: unknown[] = [];
    const decision = await startGenkitTelemetry(env(PRODUCTION_FIREBASE), async () => async (options) => {
      calls.push(options);
    });
    expect(decision).toEqual({ enabled: true });
    expect(calls).toEqual([{ disableLoggingInputAndOutput: true, projectId: "marketplan-prod" }]);
    expect(genkitTelemetryDecision(env({ ...PRODUCTION_FIREBASE, NODE_ENV: "development" })).enabled).toBe(false);
  });
});
