import "server-only";
import type { Genkit } from "genkit";
import { type JSONSchema, toJsonSchema } from "genkit/schema";
import type { z } from "zod";
import type { Env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import type { Store } from "@/lib/store";
import { getAi } from "../genkit";
import { BUILTIN, type ModelChoice, preferredModel, releaseGeminiQuota, takeGeminiQuota } from "../model-choice";
import { type PlanRequest, systemInstructions, userMessage } from "../prompts/plan-prompt";
import { attemptSignal, backoffDelayMs, classifyFailure, FALLBACK_MESSAGES, sleep } from "../resilience";
import type { FallbackReason, GenerationMeta, Notice } from "../schemas/generation";
import { geminiResponseSchema } from "./gemini-schema";
import { IncrementalJsonObject } from "./incremental-json";

export interface RunModelArgs<T> {
  env: Env;
  store: Store;
  request: PlanRequest;
  /** Zod schema of the JSON the model must answer with. */
  schema: z.ZodType<T>;
  signal?: AbortSignal;
  onPartial?: (update: { attempt: number; model: string; output: unknown }) => void;
  onNotice?: (notice: Notice) => void;
}

/** Longest Retry-After worth waiting for before the built-in planner serves instead. */
const MAX_RETRY_WAIT_MS = 20_000;

/**
 * One logical model call with the project's resilience rules: Gemini first when
 * configured and within quota, up to AI_MAX_RETRIES retries with backoff and
 * jitter honouring Retry-After, an idle timeout per call, then the built-in
 * planner, which always answers. A safety block is final and never falls back.
 */
export async function runModel<T>(args: RunModelArgs<T>): Promise<{ value: T; generation: GenerationMeta }> {
  const { env, store, signal } = args;
  const started = performance.now();
  const clock = { started, firstChunkAt: null as number | null, attempts: 0, chunks: 0 };
  const preferred = preferredModel(env);
  let fallback: { reason: FallbackReason; message: string } | null = null;

  if (preferred.provider === "gemini") {
    for (let retry = 0; ; retry++) {
      const takenAt = new Date();
      const quota = await quotaOrUncounted(store, env, takenAt);
      if (quota && quota !== "uncounted") {
        fallback = quota;
        break;
      }
      const attemptNumber = ++clock.attempts;
      const attempt = attemptSignal(signal, env.AI_TIMEOUT_MS);
      const answersBefore = clock.chunks;
      try {
        const result = await callModel(args, preferred, attemptNumber, attempt, clock);
        return { value: result.value, generation: meta(preferred, preferred, clock, result.usage, null) };
      } catch (error) {
        const failure = classifyFailure(error, { client: signal, attempt: attempt.signal });
        log.warn("ai.attempt_failed", {
          model: preferred.model,
          attempt: attemptNumber,
          failure: failure.kind,
          reason: "reason" in failure ? failure.reason : undefined,
          error: summarize(error),
        });
        if (failure.kind === "aborted") {
          // Gone before Gemini said a word: the request it took is given back to everyone else.
          if (quota === null && clock.chunks === answersBefore) await releaseGeminiQuota(store, takenAt);
          throw new AppError("bad_request", "The client closed the request.", { cause: error });
        }
        if (failure.kind === "blocked") {
          throw new AppError(
            "ai_blocked",
            `${failure.message} Rephrase the description (describe the business plainly) and try again.`,
            { cause: error },
          );
        }
        const delayMs =
          failure.kind === "retry"
            ? backoffDelayMs({ retry, baseMs: env.AI_RETRY_BASE_MS, retryAfterMs: failure.retryAfterMs })
            : 0;
        if (failure.kind === "fallback" || retry >= env.AI_MAX_RETRIES || delayMs > MAX_RETRY_WAIT_MS) {
          fallback = {
            reason: failure.reason,
            message: `${FALLBACK_MESSAGES[failure.reason]} The built-in planner wrote this plan instead.`,
          };
          break;
        }
        args.onNotice?.({ kind: "retrying", attempt: attemptNumber + 1, delayMs, reason: FALLBACK_MESSAGES[failure.reason] });
        await sleep(delayMs, signal).catch((reason) => {
          throw new AppError("bad_request", "The client closed the request.", { cause: reason });
        });
      } finally {
        attempt.dispose();
      }
    }
    args.onNotice?.({ kind: "fallback", reason: fallback.reason, message: fallback.message });
  }

  const attemptNumber = ++clock.attempts;
  const attempt = attemptSignal(signal, env.AI_TIMEOUT_MS);
  try {
    const result = await callModel(args, BUILTIN, attemptNumber, attempt, clock);
    return {
      value: result.value,
      generation: meta(BUILTIN, preferred, clock, result.usage, fallback && { from: preferred.model, ...fallback }),
    };
  } catch (error) {
    if (signal?.aborted) throw new AppError("bad_request", "The client closed the request.", { cause: error });
    throw new AppError("ai_failed", "The plan could not be written. Please try again.", { cause: error, expose: true });
  } finally {
    attempt.dispose();
  }
}

/**
 * The shared Gemini quota, or "uncounted" when the store cannot say within
 * AI_QUOTA_WAIT_MS: an unreachable store must not cost the person their plan,
 * and Gemini's own limit (a 429, retried then answered by the built-in
 * planner) still holds. The unit is usually still taken when the store answers
 * late; a late refusal means this plan went over the quota, which is logged.
 */
async function quotaOrUncounted(
  store: Store,
  env: Env,
  takenAt: Date,
): Promise<Awaited<ReturnType<typeof takeGeminiQuota>> | "uncounted"> {
  let timer: NodeJS.Timeout | undefined;
  const answer = takeGeminiQuota(store, env, takenAt);
  const slow = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new AppError("store_unavailable", `no quota answer within ${env.AI_QUOTA_WAIT_MS} ms`)),
      env.AI_QUOTA_WAIT_MS,
    );
  });
  try {
    return await Promise.race([answer, slow]);
  } catch (error) {
    log.warn("ai.quota_uncounted", { error: summarize(error) });
    answer.then(
      (late) => {
        if (late) log.warn("ai.quota_overspent", { reason: late.reason });
      },
      () => undefined,
    );
    return "uncounted";
  } finally {
    clearTimeout(timer);
  }
}

const jsonSchemas = new WeakMap<z.ZodTypeAny, JSONSchema>();

/**
 * The JSON schema of a zod schema, converted once and cut to what Gemini's
 * responseJsonSchema takes (gemini-schema.ts). Genkit caches its compiled
 * validator by schema object, so passing the same object each call saves a
 * compile (tens of milliseconds for a whole plan) on every request.
 */
function jsonSchemaOf(schema: z.ZodTypeAny): JSONSchema {
  let json = jsonSchemas.get(schema);
  if (!json) {
    json = geminiResponseSchema(toJsonSchema({ schema }) as JSONSchema);
    jsonSchemas.set(schema, json);
  }
  return json;
}

/**
 * Gemini gets the JSON schema (it constrains its answer with it). The built-in
 * planner does not need one: it writes a valid plan by construction, and the
 * zod parse below checks it. Without a schema Genkit does no per-request work on
 * it: its generate action deep-copies the request's schema (stripUndefinedProps),
 * so its validator cache never hits and ajv compiled the 19 kB plan schema again
 * on every plan, and its JSON format stringified the schema again for every chunk.
 * That was most of a built-in plan's CPU time (docs/performance.md).
 */
function outputOption(choice: ModelChoice, schema: z.ZodTypeAny): { format: "json"; jsonSchema?: JSONSchema } {
  return choice.provider === "builtin" ? { format: "json" } : { format: "json", jsonSchema: jsonSchemaOf(schema) };
}

async function callModel<T>(
  args: RunModelArgs<T>,
  choice: ModelChoice,
  attemptNumber: number,
  attempt: ReturnType<typeof attemptSignal>,
  clock: { started: number; firstChunkAt: number | null; chunks: number },
): Promise<{ value: T; usage: { inputTokens?: number; outputTokens?: number } }> {
  const { request, schema } = args;
  const task = request.task === "plan" ? { task: "plan" as const } : { task: "section" as const, section: request.section };
  const options = {
    model: choice.model,
    system: systemInstructions(task, request.input),
    prompt: userMessage(request),
    output: outputOption(choice, schema),
    config: choice.provider === "gemini" ? { temperature: 0.6, maxOutputTokens: 8192 } : undefined,
    abortSignal: attempt.signal,
  };
  let result: Awaited<ReturnType<Genkit["generate"]>>;
  if (args.onPartial) {
    const { stream, response } = getAi().generateStream(options);
    // Not chunk.output: Genkit re-parses all text so far on each chunk, which grows quadratically.
    const partial = new IncrementalJsonObject();
    for await (const chunk of stream) {
      attempt.touch();
      clock.chunks++;
      clock.firstChunkAt ??= performance.now();
      if (chunk.text) args.onPartial({ attempt: attemptNumber, model: choice.model, output: partial.push(chunk.text) });
    }
    result = await response;
  } else {
    result = await getAi().generate(options);
  }
  // The built-in planner's text is exact JSON: JSON.parse reads it in a fraction of the time of
  // Genkit's lenient extraction (a character scan, then JSON5), which Gemini's answers may need.
  const value = schema.parse(choice.provider === "builtin" ? JSON.parse(result.text) : result.output);
  return { value, usage: { inputTokens: result.usage?.inputTokens, outputTokens: result.usage?.outputTokens } };
}

function meta(
  used: ModelChoice,
  requested: ModelChoice,
  clock: { started: number; firstChunkAt: number | null; attempts: number },
  usage: { inputTokens?: number; outputTokens?: number },
  fallback: GenerationMeta["fallback"],
): GenerationMeta {
  const tokens = (n: number | undefined) => (used.provider === "gemini" && Number.isInteger(n) ? (n as number) : null);
  return {
    model: used.model,
    provider: used.provider,
    requestedModel: requested.model,
    latencyMs: Math.round(performance.now() - clock.started),
    firstChunkMs: clock.firstChunkAt === null ? null : Math.round(clock.firstChunkAt - clock.started),
    inputTokens: tokens(usage.inputTokens),
    outputTokens: tokens(usage.outputTokens),
    attempts: clock.attempts,
    fallback,
  };
}

/** First line of an error only: schema errors carry the model's whole answer, which is not for logs. */
function summarize(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return (text.split("\n")[0] ?? "").slice(0, 300);
}
