import Link from "next/link";
import type { GenerationMeta } from "@/ai/schemas/generation";

function seconds(ms: number): string {
  return `${(ms / 1000).toLocaleString("en", { maximumFractionDigits: 1 })} s`;
}

function details(generation: GenerationMeta): string[] {
  const parts = [`took ${seconds(generation.latencyMs)}`];
  if (generation.firstChunkMs !== null) parts.push(`first text after ${seconds(generation.firstChunkMs)}`);
  if (generation.inputTokens !== null || generation.outputTokens !== null) {
    const n = (value: number | null) => (value === null ? "?" : value.toLocaleString("en"));
    parts.push(`${n(generation.inputTokens)} tokens in, ${n(generation.outputTokens)} out`);
  }
  if (generation.attempts > 1) parts.push(`${generation.attempts} attempts`);
  return parts;
}

/**
 * Says plainly which model wrote the plan, and why if it was not the one asked for;
 * the owner also gets a next step when Gemini was skipped (the fallback messages say when to try again).
 */
export function GenerationBanner({ generation, readOnly = false }: { generation: GenerationMeta; readOnly?: boolean }) {
  const builtin = generation.provider === "builtin";
  return (
    <aside
      aria-label="How this plan was written"
      data-testid="generation-banner"
      data-provider={generation.provider}
      className={`rounded-lg border p-4 ${
        builtin
          ? "border-amber-300 bg-amber-50 dark:border-amber-800 dark:bg-amber-950/40"
          : "border-sky-300 bg-sky-50 dark:border-sky-800 dark:bg-sky-950/40"
      }`}
    >
      {builtin ? (
        <p className="font-semibold">Written by the built-in planner (deterministic templates, no AI).</p>
      ) : (
        <p className="font-semibold">
          Written by Gemini, model <code className="font-mono">{generation.model}</code>.
        </p>
      )}
      {generation.fallback ? (
        <p className="mt-1">
          <span className="font-medium">Why not {generation.fallback.from}: </span>
          {generation.fallback.message}
          {readOnly ? null : (
            <>
              {" "}
              <Link href="/" className="font-medium underline underline-offset-2">
                Write a new plan
              </Link>
            </>
          )}
        </p>
      ) : null}
      {builtin && !generation.fallback ? (
        <p className="mt-1 text-sm">
          No AI model is configured, so this draft follows the planner’s templates for your industry.
        </p>
      ) : null}
      <p className="mt-2 text-xs muted">{details(generation).join(" · ")}</p>
    </aside>
  );
}
