import { afterEach, describe, expect, it } from "vitest";
import { resetEnvForTests } from "@/lib/env";
import { getEnvironment, getReleaseId } from "./release";

const saved = { ...process.env };

function withEnv(values: Record<string, string | undefined>): void {
  process.env = { ...saved };
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  resetEnvForTests();
}

afterEach(() => {
  process.env = saved;
  resetEnvForTests();
});

describe("getReleaseId", () => {
  it("is RELEASE_ID when set at run time", () => {
    withEnv({ RELEASE_ID: "2026.11.27-rc1" });
    expect(getReleaseId()).toBe("2026.11.27-rc1");
  });

  it("is the id baked in at build time otherwise: outside a Next.js build there is none, so 'unknown'", () => {
    withEnv({ RELEASE_ID: undefined, MARKETPLAN_BUILD_RELEASE_ID: undefined });
    expect(getReleaseId()).toBe("unknown");
  });

  it("refuses a RELEASE_ID that is not a short token", () => {
    withEnv({ RELEASE_ID: "two words" });
    expect(() => getReleaseId()).toThrow(/RELEASE_ID/);
  });
});

describe("getEnvironment", () => {
  it("is SENTRY_ENVIRONMENT when set", () => {
    withEnv({ SENTRY_ENVIRONMENT: "staging", NODE_ENV: "production" });
    expect(getEnvironment()).toBe("staging");
  });

  it("is production under NODE_ENV=production, development otherwise", () => {
    withEnv({ SENTRY_ENVIRONMENT: undefined, NODE_ENV: "production" });
    expect(getEnvironment()).toBe("production");
    withEnv({ SENTRY_ENVIRONMENT: undefined, NODE_ENV: "test" });
    expect(getEnvironment()).toBe("development");
  });
});
