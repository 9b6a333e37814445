import { requireIdentity } from "@/lib/auth";
import { json, route } from "@/lib/http/route";
import { restoreOwnPlan } from "@/lib/plans/service";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Undoes a delete within the undo window. */
export const POST = route<{ id: string }>(async ({ request, params }) => {
  const identity = await requireIdentity(request, { write: true });
  return json(await restoreOwnPlan({ id: params.id, userId: identity.userId }), { identity });
});
