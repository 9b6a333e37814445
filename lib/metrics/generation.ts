import "server-only";
import { preferredModel } from "@/ai/model-choice";
import type { GenerationMeta } from "@/ai/schemas/generation";
import { getEnv } from "@/lib/env";
import { recordFallback, recordGeneration } from "./record";

/**
 * Runs one generation (a whole plan or one section) and records how it ended:
 * `ok` when the model asked for delivered, `fallback` when the built-in
 * planner took over, `failed` when nothing was delivered, `cancelled` when
 * `signal` was aborted (the person left).
 */
export async function measureGeneration<T>(args: {
  kind: "plan" | "section";
  signal?: AbortSignal;
  run: () => Promise<T>;
  meta: (result: T) => GenerationMeta;
}): Promise<T> {
  const started = performance.now();
  const seconds = () => (performance.now() - started) / 1000;
  let result: T;
  try {
    result = await args.run();
  } catch (error) {
    const asked = preferredModel(getEnv());
    recordGeneration({
      kind: args.kind,
      provider: asked.provider,
      model: asked.model,
      outcome: args.signal?.aborted ? "cancelled" : "failed",
      seconds: seconds(),
    });
    throw error;
  }
  const meta = args.meta(result);
  recordGeneration({
    kind: args.kind,
    provider: meta.provider,
    model: meta.model,
    outcome: meta.fallback ? "fallback" : "ok",
    seconds: seconds(),
  });
  if (meta.fallback) recordFallback(meta.fallback.reason);
  return result;
}
