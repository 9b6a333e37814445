import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { resetAiForTests } from "@/ai/genkit";
import { resetEnvForTests } from "@/lib/env";
import { resetPdfExporterForTests } from "@/lib/export/pdf-export";
import { getStore, setStoreForTests } from "@/lib/store";
import { GENEROUS_LIMITS } from "./generous-limits";
import { spawnPdfWorkerFromSource } from "./pdf-worker-bundle";

/**
 * Points the server code at a fresh SQLite data directory and the built-in
 * planner, for tests that call route handlers in-process. Returns a cleanup.
 */
export function useLocalApp(extraEnv: Record<string, string> = {}): () => Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "marketplan-app-"));
  const saved = { ...process.env };
  for (const key of [
    "GEMINI_API_KEY",
    "GOOGLE_API_KEY",
    "GEMINI_BASE_URL",
    "FIRESTORE_EMULATOR_HOST",
    "FIREBASE_AUTH_EMULATOR_HOST",
    "AUTH_MODE",
  ]) {
    delete process.env[key];
  }
  Object.assign(process.env, {
    MARKETPLAN_DATA_DIR: dataDir,
    STORE: "sqlite",
    LOG_LEVEL: "error",
    ...GENEROUS_LIMITS,
    ...extraEnv,
  });
  resetEnvForTests();
  resetAiForTests();
  setStoreForTests(undefined);
  void resetPdfExporterForTests({ spawn: spawnPdfWorkerFromSource });
  return async () => {
    await resetPdfExporterForTests();
    await getStore().close();
    setStoreForTests(undefined);
    process.env = saved;
    resetEnvForTests();
    resetAiForTests();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}

/** The `name=value` part of a Set-Cookie header, to send back as a Cookie header. */
export function cookieFrom(response: Response): string {
  const header = response.headers.get("set-cookie");
  if (!header) throw new Error("The response set no cookie");
  return header.split(";")[0] ?? "";
}
