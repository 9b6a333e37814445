import "server-only";
import { googleAI } from "@genkit-ai/google-genai";
import { type Genkit, genkit } from "genkit";
import { logger } from "genkit/logging";
import { getEnv } from "@/lib/env";
import { defineBuiltinPlanner } from "./models/builtin-planner";

const holder = globalThis as typeof globalThis & { __marketplanAi?: Genkit };

/**
 * The one Genkit instance, created on first use from the environment. The
 * built-in planner is always registered; the Gemini plugin only when a key is
 * set, because a keyless plugin breaks every model lookup.
 */
export function getAi(): Genkit {
  if (holder.__marketplanAi) return holder.__marketplanAi;
  const env = getEnv();
  // Genkit logs whole model errors at error level; ours are logged, redacted, by the caller.
  logger.setLogLevel(env.LOG_LEVEL === "debug" ? "debug" : "warn");
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
  holder.__marketplanAi = ai;
  return ai;
}

/** Tests that change the environment drop the instance so the next getAi() builds a new one. */
export function resetAiForTests(): void {
  holder.__marketplanAi = undefined;
}
