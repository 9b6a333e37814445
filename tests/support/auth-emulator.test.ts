import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { FIREBASE_TOOLS, startAuthEmulator } from "./auth-emulator";

const keys = ["FIREBASE_AUTH_EMULATOR_HOST", "npm_config_cache", "npm_config_registry", "npm_config_fetch_retries"] as const;
const saved = Object.fromEntries(keys.map((key) => [key, process.env[key]]));
afterEach(() => {
  for (const key of keys) {
    const value = saved[key];
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

describe("startAuthEmulator (what the Firebase Auth tests rely on to skip loudly)", () => {
  it("says so when the emulator named by FIREBASE_AUTH_EMULATOR_HOST does not answer", async () => {
    process.env.FIREBASE_AUTH_EMULATOR_HOST = "127.0.0.1:9";
    expect(await startAuthEmulator()).toEqual({ skipped: "FIREBASE_AUTH_EMULATOR_HOST=127.0.0.1:9 does not answer" });
  });

  it("says why it cannot start, instead of pretending, with no npx cache and no registry", async () => {
    delete process.env.FIREBASE_AUTH_EMULATOR_HOST;
    const cache = fs.mkdtempSync(path.join(os.tmpdir(), "marketplan-empty-npm-cache-"));
    Object.assign(process.env, {
      npm_config_cache: cache,
      npm_config_registry: "http://127.0.0.1:9/",
      npm_config_fetch_retries: "0",
    });
    try {
      const result = await startAuthEmulator();
      expect(result).toMatchObject({
        skipped: expect.stringContaining(`${FIREBASE_TOOLS} is not in the npx cache and could not be installed`),
      });
    } finally {
      fs.rmSync(cache, { recursive: true, force: true });
    }
  });
});
