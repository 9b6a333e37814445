import { afterEach, describe, expect, it } from "vitest";
import { clientSentrySettings } from "./client-options";

const BUILT = "https://built@o1.ingest.sentry.io/1";
const RUNTIME = "https://runtime@o1.ingest.sentry.io/2";
const saved = process.env.NEXT_PUBLIC_SENTRY_DSN;

afterEach(() => {
  if (saved === undefined) delete process.env.NEXT_PUBLIC_SENTRY_DSN;
  else process.env.NEXT_PUBLIC_SENTRY_DSN = saved;
});

describe("clientSentrySettings", () => {
  it("is off with no DSN from the build or the page", () => {
    delete process.env.NEXT_PUBLIC_SENTRY_DSN;
    expect(clientSentrySettings()).toBeNull();
    expect(clientSentrySettings("")).toBeNull();
  });

  it("takes the page's run-time DSN when the build has none, and the build's when it has one", () => {
    delete process.env.NEXT_PUBLIC_SENTRY_DSN;
    expect(clientSentrySettings(RUNTIME)?.dsn).toBe(RUNTIME);
    process.env.NEXT_PUBLIC_SENTRY_DSN = BUILT;
    expect(clientSentrySettings(RUNTIME)?.dsn).toBe(BUILT);
  });

  it("turns itself off, rather than break the page, on a DSN that is not a URL", () => {
    delete process.env.NEXT_PUBLIC_SENTRY_DSN;
    expect(clientSentrySettings("not a dsn")).toBeNull();
  });
});
