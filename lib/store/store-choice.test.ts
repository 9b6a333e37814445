import path from "node:path";
import { describe, expect, it } from "vitest";
import { chooseStore } from "./store-choice";

const base = {
  store: "sqlite" as const,
  projectId: undefined,
  dataDir: "/data",
  FIRESTORE_EMULATOR_HOST: undefined,
  FIRESTORE_DATABASE_ID: undefined,
  FIRESTORE_TIMEOUT_MS: 10_000,
};

describe("chooseStore", () => {
  it("opens SQLite in the data directory by default", () => {
    expect(chooseStore(base)).toEqual({ kind: "sqlite", file: path.join("/data", "marketplan.db") });
  });

  it("opens Firestore on the configured project and database", () => {
    expect(chooseStore({ ...base, store: "firestore", projectId: "prod-1", FIRESTORE_DATABASE_ID: "plans-eu" })).toEqual({
      kind: "firestore",
      projectId: "prod-1",
      databaseId: "plans-eu",
      timeoutMs: 10_000,
    });
  });

  it("uses the demo project on the emulator when no project is named", () => {
    expect(chooseStore({ ...base, store: "firestore", FIRESTORE_EMULATOR_HOST: "127.0.0.1:8080" })).toEqual({
      kind: "firestore",
      projectId: "demo-marketplan",
      timeoutMs: 10_000,
    });
  });

  it("refuses Firestore without a project, saying what to set", () => {
    expect(() => chooseStore({ ...base, store: "firestore" })).toThrow(/FIREBASE_PROJECT_ID/);
  });
});
