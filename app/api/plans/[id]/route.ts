import { requireIdentity } from "@/lib/auth";
import { toAppError } from "@/lib/errors";
import { requestIdFor } from "@/lib/http/request-id";
import { requireOwnPlan } from "@/lib/plans/service";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** One of the caller's plans as JSON; 404 for anyone else's (no hint that it exists). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const requestId = requestIdFor(request);
  try {
    const { id } = await params;
    const identity = await requireIdentity(request, { write: false });
    const record = await requireOwnPlan({ id, userId: identity.userId });
    return Response.json(record, { headers: { "x-request-id": requestId, "cache-control": "no-store" } });
  } catch (error) {
    return toAppError(error).toResponse(requestId);
  }
}
