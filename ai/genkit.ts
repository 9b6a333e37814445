import "server-only";
import { googleAI } from "@genkit-ai/google-genai";
import { type Genkit, genkit } from "genkit";
import { logger } from "genkit/logging";
import { getEnv } from "@/lib/env";
import { log } from "@/lib/log";
import { defineQualityEvaluators } from "./evaluators/genkit-evaluators";
import { defineBuiltinPlanner } from "./models/builtin-planner";

const firstLine = (value: unknown) => (String(value ?? "").split("\n")[0] ?? "").slice(0, 300);

/**
 * Genkit's own log lines go through our structured log, one line each. The
 * plugin logs every failed fetch with its stack and our runner logs the same
 * failure with context, so Genkit's are a level lower, and only their first
 * line is kept: schema errors quote the model's whole answer.
 */
function routeGenkitLogs(level: string): void {
  const forward = (to: "debug" | "info" | "warn") => (message: unknown, metadata?: Record<string, unknown>) =>
    log[to]("genkit", { message: firstLine(message), errorType: metadata?.["exception.type"] });
  logger.init({
    level: level === "error" ? "error" : "warn",
    shouldLog: () => true,
    debug: forward("debug"),
    info: forward("debug"),
    warn: forward("info"),
    error: forward("warn"),
  });
}

const holder = globalThis as typeof globalThis & { __marketplanAi?: Genkit };

/**
 * The one Genkit instance, created on first use from the environment. The
 * built-in planner is always registered; the Gemini plugin only when a key is
 * set, because a keyless plugin breaks every model lookup.
 */
export function getAi(): Genkit {
  if (holder.__marketplanAi) return holder.__marketplanAi;
  const env = getEnv();
  routeGenkitLogs(env.LOG_LEVEL);
  const plugins = env.geminiApiKey
    ? [
        googleAI({
          apiKey: env.geminiApiKey,
          ...(env.GEMINI_BASE_URL ? { baseUrl: env.GEMINI_BASE_URL.replace(/\/$/, "") } : {}),
        }),
      ]
    : [];
  const ai = genkit({ plugins });
  defineBuiltinPlanner(ai);
  defineQualityEvaluators(ai);
  holder.__marketplanAi = ai;
  return ai;
}

/**
 * A flow (or other action) defined once per Genkit instance, on first use:
 * `const getFlow = definedOnAi((ai) => ai.defineFlow(...))`.
 */
export function definedOnAi<T>(define: (ai: Genkit) => T): () => T {
  const defined = new WeakMap<Genkit, T>();
  return () => {
    const ai = getAi();
    let value = defined.get(ai);
    if (value === undefined) {
      value = define(ai);
      defined.set(ai, value);
    }
    return value;
  };
}

/** Tests that change the environment drop the instance so the next getAi() builds a new one. */
export function resetAiForTests(): void {
  holder.__marketplanAi = undefined;
}
