import "server-only";
import type { Genkit } from "genkit";
import { buildPlanDraft, buildSectionDraft } from "@/ai/planner";
import { parseUserMessage } from "@/ai/prompts/plan-prompt";
import { BUILTIN_MODEL } from "@/ai/schemas/generation";

/** The JSON text of a plan as a list of pieces, one per top-level field, so it streams section by section. */
function jsonPieces(value: object): string[] {
  const entries = Object.entries(value);
  return entries.map(([key, field], index) => {
    const open = index === 0 ? "{" : ",";
    const close = index === entries.length - 1 ? "}" : "";
    return `${open}${JSON.stringify(key)}:${JSON.stringify(field)}${close}`;
  });
}

/**
 * `local/builtin-planner`: a deterministic Genkit model with no network. It reads
 * the same JSON request Gemini gets from the last user turn and answers with a
 * schema-valid plan (or section) built from industry lexicons and templates.
 */
export function defineBuiltinPlanner(ai: Genkit) {
  return ai.defineModel(
    {
      apiVersion: "v2",
      name: BUILTIN_MODEL,
      label: "Built-in planner (deterministic templates, no AI)",
      supports: { multiturn: false, systemRole: true, media: false, tools: false, output: ["json", "text"], constrained: "all" },
    },
    async (request, { sendChunk, streamingRequested, abortSignal }) => {
      const lastUser = [...request.messages].reverse().find((message) => message.role === "user");
      const text = lastUser?.content.map((part) => part.text ?? "").join("") ?? "";
      const planRequest = parseUserMessage(text);
      const result =
        planRequest.task === "plan"
          ? buildPlanDraft(planRequest.input)
          : {
              [planRequest.section]: buildSectionDraft({
                input: planRequest.input,
                plan: planRequest.plan,
                section: planRequest.section,
                instruction: planRequest.instruction,
              }),
            };
      const pieces = jsonPieces(result);
      if (streamingRequested) {
        for (const piece of pieces) {
          if (abortSignal.aborted) break;
          sendChunk({ index: 0, content: [{ text: piece }] });
        }
      }
      abortSignal.throwIfAborted();
      return {
        message: { role: "model", content: [{ text: pieces.join("") }] },
        finishReason: "stop",
        usage: { inputCharacters: text.length, outputCharacters: pieces.reduce((n, p) => n + p.length, 0) },
      };
    },
  );
}
