import type { PlanInput } from "@/ai/schemas/plan-input";
import { authorizedFetch } from "@/lib/auth/client/firebase-client";
import { ApiError, apiErrorFrom } from "@/lib/http/api-error";
import { readSse } from "@/lib/http/sse-parser";

export { ApiError, type FieldProblem } from "@/lib/http/api-error";

import { type GenerateEvent, type GenerateEventName, GenerateEventSchemas } from "@/lib/plans/schema";

function isEventName(name: string): name is GenerateEventName {
  return Object.hasOwn(GenerateEventSchemas, name);
}

function parseEvent(name: string, raw: string): GenerateEvent | null {
  if (!isEventName(name)) return null;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return null;
  }
  const parsed = GenerateEventSchemas[name].safeParse(json);
  return parsed.success ? ({ event: name, data: parsed.data } as GenerateEvent) : null;
}

/**
 * POSTs the input to /api/plans/generate and calls onEvent for every valid event.
 * Resolves after the terminal `plan`, `unsaved` or `error` event; aborting the signal cancels the model call.
 */
export async function streamGeneratePlan(
  input: PlanInput,
  options: { signal: AbortSignal; onEvent: (event: GenerateEvent) => void },
): Promise<void> {
  const response = await authorizedFetch("/api/plans/generate", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "text/event-stream" },
    body: JSON.stringify(input),
    signal: options.signal,
  });
  if (!response.ok) throw await apiErrorFrom(response);
  if (!response.body || !response.headers.get("content-type")?.includes("text/event-stream")) {
    throw new ApiError("The server answered in an unexpected format. Try again.", response.status);
  }
  let unreadable = 0;
  for await (const message of readSse(response.body)) {
    const event = parseEvent(message.event, message.data);
    if (!event) {
      unreadable += 1;
      if (message.event === "plan" || message.event === "unsaved" || message.event === "error") break;
      continue;
    }
    options.onEvent(event);
    if (event.event === "plan" || event.event === "unsaved" || event.event === "error") return;
  }
  throw new ApiError(
    unreadable > 0
      ? "The server sent a plan this page could not read. Reload and try again."
      : "The connection closed before the plan arrived. Try again.",
    response.status,
  );
}
