import { afterEach, describe, expect, it } from "vitest";
import { startFirestoreEmulator } from "@/tests/support/firestore-emulator";

const saved = { jar: process.env.FIRESTORE_EMULATOR_JAR, host: process.env.FIRESTORE_EMULATOR_HOST };
afterEach(() => {
  for (const [key, value] of [
    ["FIRESTORE_EMULATOR_JAR", saved.jar],
    ["FIRESTORE_EMULATOR_HOST", saved.host],
  ] as const) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

describe("startFirestoreEmulator (what the Firestore store tests rely on to skip loudly)", () => {
  it("says why it cannot start instead of pretending, when the jar is missing", async () => {
    delete process.env.FIRESTORE_EMULATOR_HOST;
    process.env.FIRESTORE_EMULATOR_JAR = "/nonexistent/cloud-firestore-emulator.jar";
    expect(await startFirestoreEmulator()).toEqual({
      skipped: "FIRESTORE_EMULATOR_JAR=/nonexistent/cloud-firestore-emulator.jar does not exist",
    });
  });

  it("says so when the emulator named by FIRESTORE_EMULATOR_HOST does not answer", async () => {
    process.env.FIRESTORE_EMULATOR_HOST = "127.0.0.1:9";
    expect(await startFirestoreEmulator()).toEqual({ skipped: "FIRESTORE_EMULATOR_HOST=127.0.0.1:9 does not answer" });
  });
});
