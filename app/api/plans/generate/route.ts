import { type PlanInput, PlanInputSchema } from "@/ai/schemas/plan-input";
import { confirmNewIdentity, type Identity, requireIdentity } from "@/lib/auth";
import { toAppError } from "@/lib/errors";
import { readJsonBody } from "@/lib/http/read-json";
import { requestIdFor } from "@/lib/http/request-id";
import { sseResponse } from "@/lib/http/sse";
import { enforceGenerationLimits } from "@/lib/limits/generation-limits";
import { log } from "@/lib/log";
import { recordHttp } from "@/lib/metrics/record";
import { generateAndSavePlan } from "@/lib/plans/generate";
import { reportServerError } from "@/lib/sentry/report";
import { trackGeneration } from "@/lib/shutdown/in-flight";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const MAX_BODY_BYTES = 64 * 1024;
const ROUTE = "/api/plans/generate";

/**
 * Streams a plan as server-sent events (see GenerateEventSchemas), saving it
 * before the final event. Measured like every route, up to the response
 * headers; the generation's whole time is in the AI histogram.
 */
export async function POST(request: Request): Promise<Response> {
  const started = performance.now();
  const response = await respond(request);
  recordHttp({ route: ROUTE, method: request.method, status: response.status, seconds: (performance.now() - started) / 1000 });
  return response;
}

async function respond(request: Request): Promise<Response> {
  const requestId = requestIdFor(request);
  let input: PlanInput;
  let identity: Identity;
  try {
    identity = await requireIdentity(request, { write: true });
    input = await readJsonBody(request, PlanInputSchema, { maxBytes: MAX_BODY_BYTES, what: "The plan request" });
    await enforceGenerationLimits({ request, userId: identity.userId });
  } catch (error) {
    const appError = toAppError(error);
    if (appError.status >= 500) reportServerError(error, { requestId, route: ROUTE });
    return appError.toResponse(requestId);
  }

  const headers: Record<string, string> = { "x-request-id": requestId };
  if (identity.setCookie) headers["set-cookie"] = identity.setCookie;
  confirmNewIdentity(identity);
  return sseResponse(request, headers, async (writer) => {
    const emit = ({ event, data }: { event: string; data: unknown }) => writer.send(event, data);
    try {
      await trackGeneration(() =>
        generateAndSavePlan({ requestId, input, ownerId: identity.userId, signal: writer.signal, emit }),
      );
    } catch (error) {
      if (writer.signal.aborted) {
        log.info("plan.generate_cancelled", { requestId });
        return;
      }
      const appError = toAppError(error);
      log[appError.status >= 500 ? "error" : "warn"]("plan.generate_failed", {
        requestId,
        code: appError.code,
        error: appError.message.split("\n")[0],
      });
      if (appError.status >= 500) reportServerError(error, { requestId, route: ROUTE });
      const { code, message } = appError.toBody(requestId).error;
      writer.send("error", { code, message, requestId });
    }
  });
}
