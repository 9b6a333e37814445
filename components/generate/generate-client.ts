import type { PlanInput } from "@/ai/schemas/plan-input";
import { authorizedFetch } from "@/lib/auth/client/firebase-client";
import { ApiError, apiErrorFrom, type FieldProblem } from "@/lib/http/api-error";
import { readSse } from "@/lib/http/sse-parser";
import { waitInWords } from "@/lib/limits/limit-messages";
import { type GenerateEvent, type GenerateEventName, GenerateEventSchemas } from "@/lib/plans/schema";
import type { FailureKind, GenerationFailure } from "./generation-state";

export type { FieldProblem } from "@/lib/http/api-error";

/** A generation that ended without a plan: what kind of failure, in words for people, and the form's field problems. */
export class GenerateError extends ApiError {
  readonly retryAfterSeconds: number | null;

  constructor(
    readonly kind: FailureKind,
    message: string,
    options: {
      status?: number | null;
      fields?: FieldProblem[];
      requestId?: string | null;
      retryAfterSeconds?: number | null;
    } = {},
  ) {
    super(message, options.status ?? null, options.fields ?? [], options.requestId ?? null);
    this.retryAfterSeconds = options.retryAfterSeconds ?? null;
  }

  toFailure(): GenerationFailure {
    return { kind: this.kind, message: this.message, requestId: this.requestId, retryAfterSeconds: this.retryAfterSeconds };
  }
}

function retryAfterSeconds(response: Response): number | null {
  const seconds = Number(response.headers.get("retry-after"));
  return Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds) : null;
}

/** The server said no before streaming: which next step fits depends on the status. */
async function refusal(response: Response): Promise<GenerateError> {
  const error = await apiErrorFrom(response);
  const options = { status: response.status, fields: error.fields, requestId: error.requestId };
  if (response.status === 429) {
    // The server words which allowance is spent and when it renews; a proxy's bare 429 gets ours.
    const wait = retryAfterSeconds(response);
    const generic = `Too many plans were requested just now. Try again ${wait ? `in ${waitInWords(wait)}` : "in a minute"}.`;
    return new GenerateError("busy", error.message.startsWith("The server answered") ? generic : error.message, {
      ...options,
      retryAfterSeconds: wait,
    });
  }
  if (response.status >= 500) {
    const message =
      response.status === 503
        ? "The service is busy or down for a moment. Your details are still in the form: try again shortly."
        : error.message;
    return new GenerateError("server", message, options);
  }
  return new GenerateError("refused", error.message, options);
}

function unreachable(): GenerateError {
  return typeof navigator !== "undefined" && !navigator.onLine
    ? new GenerateError("offline", "You are offline, so the plan could not be requested. Your details are still in the form.")
    : new GenerateError("network", "Could not reach MarketPlanAI. Check your connection, then try again.");
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

const INTERRUPTED =
  "The connection dropped while your plan was being written. What arrived is shown below, but nothing was saved: try again.";

/**
 * POSTs the input to /api/plans/generate and calls onEvent for every valid event.
 * Resolves after the terminal `plan`, `unsaved` or `error` event; aborting the signal cancels the model call.
 * Every other ending throws a GenerateError (or the abort's own error when cancelled).
 */
export async function streamGeneratePlan(
  input: PlanInput,
  options: { signal: AbortSignal; onEvent: (event: GenerateEvent) => void },
): Promise<void> {
  let response: Response;
  try {
    response = await authorizedFetch("/api/plans/generate", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "text/event-stream" },
      body: JSON.stringify(input),
      signal: options.signal,
    });
  } catch (error) {
    if (options.signal.aborted) throw error;
    throw unreachable();
  }
  if (!response.ok) throw await refusal(response);
  if (!response.body || !response.headers.get("content-type")?.includes("text/event-stream")) {
    throw new GenerateError("server", "The server answered in an unexpected format. Try again.", { status: response.status });
  }
  let unreadable = 0;
  try {
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
  } catch (error) {
    if (options.signal.aborted) throw error;
    throw new GenerateError("interrupted", INTERRUPTED, { status: response.status });
  }
  throw unreadable > 0
    ? new GenerateError("server", "The server sent a plan this page could not read. Reload and try again.", {
        status: response.status,
      })
    : new GenerateError("interrupted", INTERRUPTED, { status: response.status });
}
