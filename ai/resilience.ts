import "server-only";
import { GenerationBlockedError, GenkitError } from "genkit";
import { ZodError } from "zod";
import type { FallbackReason } from "./schemas/generation";

/** What a failed model call means for the caller. */
export type Failure =
  | { kind: "retry"; reason: FallbackReason; retryAfterMs?: number }
  | { kind: "fallback"; reason: FallbackReason }
  | { kind: "blocked"; message: string }
  | { kind: "aborted" };

export class AttemptTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`The model did not answer within ${timeoutMs} ms`);
    this.name = "AttemptTimeoutError";
  }
}

const isSchemaFailure = (error: GenkitError) =>
  error.constructor.name === "ValidationError" || (error.originalMessage ?? "").startsWith("Schema validation failed");

/**
 * Sorts an error from a model call into retry, fallback, blocked or aborted.
 * Transient provider errors and unusable output are retried; a timeout or a
 * configuration error goes straight to the fallback; a safety block is final.
 */
export function classifyFailure(error: unknown, signals: { client?: AbortSignal; attempt?: AbortSignal } = {}): Failure {
  if (signals.client?.aborted) return { kind: "aborted" };
  if (error instanceof AttemptTimeoutError || signals.attempt?.reason instanceof AttemptTimeoutError) {
    return { kind: "fallback", reason: "timeout" };
  }
  if (error instanceof GenerationBlockedError) {
    return { kind: "blocked", message: "Gemini declined to write this plan because of its safety filters." };
  }
  if (error instanceof ZodError || error instanceof SyntaxError) return { kind: "retry", reason: "invalid_output" };
  if (error instanceof GenkitError) {
    if (isSchemaFailure(error)) return { kind: "retry", reason: "invalid_output" };
    switch (error.status) {
      case "RESOURCE_EXHAUSTED":
        return {
          kind: "retry",
          reason: "rate_limited",
          retryAfterMs: error.responseMetadata?.retryAfterMs ?? retryInfoMs(error.detail),
        };
      case "UNKNOWN":
        // The plugin maps only some HTTP codes; 401/403 (a bad or unauthorised key) arrive as UNKNOWN.
        if (geminiStatus(error.detail) === "PERMISSION_DENIED" || /\[40[13] /.test(error.message)) {
          return { kind: "fallback", reason: "provider_error" };
        }
        return { kind: "retry", reason: "unavailable" };
      case "UNAVAILABLE":
      case "INTERNAL":
      case "DEADLINE_EXCEEDED":
      case "ABORTED":
        return { kind: "retry", reason: "unavailable" };
      case "FAILED_PRECONDITION":
        return { kind: "retry", reason: "empty_response" };
      default:
        return { kind: "fallback", reason: "provider_error" };
    }
  }
  // fetch failures and streams cut mid-way arrive as plain errors.
  return { kind: "retry", reason: "stream_interrupted" };
}

function geminiStatus(detail: unknown): string | undefined {
  const status = (detail as { error?: { status?: unknown } } | undefined)?.error?.status;
  return typeof status === "string" ? status : undefined;
}

/**
 * Gemini states how long to wait in a google.rpc.RetryInfo detail ("retryDelay": "17s"),
 * often without a Retry-After header; the plugin keeps the body as the error's detail.
 */
export function retryInfoMs(detail: unknown): number | undefined {
  const details = (detail as { error?: { details?: unknown } } | undefined)?.error?.details;
  if (!Array.isArray(details)) return undefined;
  for (const item of details) {
    const delay = (item as { retryDelay?: unknown } | null)?.retryDelay;
    const match = typeof delay === "string" ? /^(\d+(?:\.\d+)?)s$/.exec(delay) : null;
    if (match) return Math.round(Number(match[1]) * 1000);
  }
  return undefined;
}

/**
 * Exponential backoff with equal jitter: half the step fixed, half random,
 * never shorter than the server's Retry-After.
 */
export function backoffDelayMs(args: { retry: number; baseMs: number; retryAfterMs?: number; random?: () => number }): number {
  const step = args.baseMs * 2 ** args.retry;
  const jittered = step / 2 + (args.random ?? Math.random)() * (step / 2);
  return Math.round(Math.max(jittered, args.retryAfterMs ?? 0));
}

/** Resolves after `ms`, or rejects as soon as `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/**
 * A signal for one attempt: aborts when the client goes away, or when the model
 * has been silent for `timeoutMs` (with an AttemptTimeoutError as the reason).
 * `touch()` restarts the clock, so a long answer that keeps streaming is not cut
 * off while a hung call is.
 */
export function attemptSignal(
  clientSignal: AbortSignal | undefined,
  timeoutMs: number,
): { signal: AbortSignal; touch: () => void; dispose: () => void } {
  const controller = new AbortController();
  const expire = () => controller.abort(new AttemptTimeoutError(timeoutMs));
  let timer = setTimeout(expire, timeoutMs);
  const onAbort = () => controller.abort(clientSignal?.reason);
  if (clientSignal?.aborted) onAbort();
  else clientSignal?.addEventListener("abort", onAbort, { once: true });
  return {
    signal: controller.signal,
    touch: () => {
      clearTimeout(timer);
      if (!controller.signal.aborted) timer = setTimeout(expire, timeoutMs);
    },
    dispose: () => {
      clearTimeout(timer);
      clientSignal?.removeEventListener("abort", onAbort);
    },
  };
}

export const FALLBACK_MESSAGES: Record<FallbackReason, string> = {
  quota_minute: "Gemini's per-minute limit is reached.",
  quota_day: "Today's Gemini quota is used up.",
  rate_limited: "Gemini kept answering that it is busy (rate limited).",
  unavailable: "Gemini was unavailable.",
  timeout: "Gemini did not answer in time.",
  invalid_output: "Gemini's answer did not match the plan format, even after retrying.",
  empty_response: "Gemini returned an empty answer.",
  stream_interrupted: "The connection to Gemini broke off while it was writing.",
  provider_error: "Gemini refused the request (check the API key and model name).",
};
