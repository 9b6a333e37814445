import { AppError, toAppError } from "@/lib/errors";
import { requestIdFor } from "@/lib/http/request-id";
import { PlanIdSchema } from "@/lib/plans/schema";
import { getPlan } from "@/lib/plans/service";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** A saved plan as JSON. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const requestId = requestIdFor(request);
  try {
    const { id } = await params;
    if (!PlanIdSchema.safeParse(id).success) {
      throw new AppError("bad_request", "That plan id is malformed: plan ids are 22 characters of A-Z, a-z, 0-9, - or _.");
    }
    const record = await getPlan({ id });
    if (!record) throw new AppError("not_found", "No plan with that id.");
    return Response.json(record, { headers: { "x-request-id": requestId, "cache-control": "no-store" } });
  } catch (error) {
    return toAppError(error).toResponse(requestId);
  }
}
