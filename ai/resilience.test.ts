import { GenerationBlockedError, GenkitError } from "genkit";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AttemptTimeoutError, attemptSignal, backoffDelayMs, classifyFailure, retryInfoMs } from "./resilience";

describe("backoffDelayMs", () => {
  it("doubles each retry, with jitter between half and the whole step", () => {
    expect(backoffDelayMs({ retry: 0, baseMs: 1000, random: () => 0 })).toBe(500);
    expect(backoffDelayMs({ retry: 0, baseMs: 1000, random: () => 1 })).toBe(1000);
    expect(backoffDelayMs({ retry: 1, baseMs: 1000, random: () => 0.5 })).toBe(1500);
  });

  it("never waits less than Retry-After", () => {
    expect(backoffDelayMs({ retry: 0, baseMs: 10, retryAfterMs: 3000, random: () => 1 })).toBe(3000);
  });
});

describe("retryInfoMs", () => {
  it("reads google.rpc.RetryInfo from a Gemini error body", () => {
    const detail = { error: { details: [{ "@type": "type.googleapis.com/google.rpc.RetryInfo", retryDelay: "17s" }] } };
    expect(retryInfoMs(detail)).toBe(17_000);
    expect(retryInfoMs({ error: { details: [] } })).toBeUndefined();
    expect(retryInfoMs("nonsense")).toBeUndefined();
  });
});

describe("classifyFailure", () => {
  const genkit = (status: ConstructorParameters<typeof GenkitError>[0]["status"], extra = {}) =>
    new GenkitError({ status, message: "x", ...extra });

  it("retries transient provider errors and unusable output", () => {
    expect(classifyFailure(genkit("UNAVAILABLE"))).toEqual({ kind: "retry", reason: "unavailable" });
    expect(classifyFailure(genkit("RESOURCE_EXHAUSTED", { responseMetadata: { retryAfterMs: 2000 } }))).toEqual({
      kind: "retry",
      reason: "rate_limited",
      retryAfterMs: 2000,
    });
    expect(classifyFailure(genkit("FAILED_PRECONDITION"))).toEqual({ kind: "retry", reason: "empty_response" });
    expect(classifyFailure(z.object({ a: z.string() }).safeParse({}).error)).toEqual({ kind: "retry", reason: "invalid_output" });
    expect(classifyFailure(new TypeError("terminated"))).toEqual({ kind: "retry", reason: "stream_interrupted" });
  });

  it("falls back at once on a timeout or a configuration error", () => {
    expect(classifyFailure(new AttemptTimeoutError(10))).toEqual({ kind: "fallback", reason: "timeout" });
    expect(classifyFailure(genkit("PERMISSION_DENIED"))).toEqual({ kind: "fallback", reason: "provider_error" });
    const forbidden = new GenkitError({ status: "UNKNOWN", message: "Error fetching from u: [403 Forbidden] denied" });
    expect(classifyFailure(forbidden)).toEqual({ kind: "fallback", reason: "provider_error" });
    expect(classifyFailure(genkit("UNKNOWN"))).toEqual({ kind: "retry", reason: "unavailable" });
  });

  it("treats a safety block as final and a client abort as the end", () => {
    const blocked = Object.create(GenerationBlockedError.prototype) as GenerationBlockedError;
    expect(classifyFailure(blocked).kind).toBe("blocked");
    const client = new AbortController();
    client.abort();
    expect(classifyFailure(genkit("UNAVAILABLE"), { client: client.signal })).toEqual({ kind: "aborted" });
  });
});

describe("attemptSignal", () => {
  it("aborts with a timeout after silence, and touch() restarts the clock", async () => {
    const attempt = attemptSignal(undefined, 300);
    await new Promise((r) => setTimeout(r, 150));
    attempt.touch();
    await new Promise((r) => setTimeout(r, 200));
    expect(attempt.signal.aborted).toBe(false);
    await new Promise((r) => setTimeout(r, 400));
    expect(attempt.signal.reason).toBeInstanceOf(AttemptTimeoutError);
    attempt.dispose();
  });

  it("follows the client's abort", () => {
    const client = new AbortController();
    const attempt = attemptSignal(client.signal, 10_000);
    client.abort(new Error("gone"));
    expect(attempt.signal.aborted).toBe(true);
    attempt.dispose();
  });
});
