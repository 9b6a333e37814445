import type { PlanInput } from "@/ai/schemas/plan-input";
import { authorizedFetch } from "@/lib/auth/client/firebase-client";
import { readSse } from "@/lib/http/sse-parser";
import { type GenerateEvent, type GenerateEventName, GenerateEventSchemas } from "@/lib/plans/schema";

export interface FieldProblem {
  field: string;
  message: string;
}

/** The server refused the request before streaming (4xx/5xx JSON), or the stream broke. */
export class GenerateRequestError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
    readonly fields: FieldProblem[] = [],
    readonly requestId: string | null = null,
  ) {
    super(message);
    this.name = "GenerateRequestError";
  }
}

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

async function refusal(response: Response): Promise<GenerateRequestError> {
  const fallback = `The server answered ${response.status}. Try again in a moment.`;
  try {
    const body = (await response.json()) as {
      error?: { message?: unknown; fields?: unknown; requestId?: unknown };
    };
    const error = body.error ?? {};
    const fields = Array.isArray(error.fields)
      ? error.fields.filter((f): f is FieldProblem => typeof f?.field === "string" && typeof f?.message === "string")
      : [];
    return new GenerateRequestError(
      typeof error.message === "string" ? error.message : fallback,
      response.status,
      fields,
      typeof error.requestId === "string" ? error.requestId : response.headers.get("x-request-id"),
    );
  } catch {
    return new GenerateRequestError(fallback, response.status, [], response.headers.get("x-request-id"));
  }
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
  if (!response.ok) throw await refusal(response);
  if (!response.body || !response.headers.get("content-type")?.includes("text/event-stream")) {
    throw new GenerateRequestError("The server answered in an unexpected format. Try again.", response.status);
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
  throw new GenerateRequestError(
    unreadable > 0
      ? "The server sent a plan this page could not read. Reload and try again."
      : "The connection closed before the plan arrived. Try again.",
    response.status,
  );
}
