import { json, route } from "@/lib/http/route";
import { cancelMaintenance } from "@/lib/maintenance/windows";
import { requireOpsToken } from "@/lib/ops-auth/ops-token";
import { getStore } from "@/lib/store";

export const dynamic = "force-dynamic";

/** Cancels an ad-hoc maintenance window (404 when unknown; the weekly one is configuration). */
export const POST = route<{ id: string }>(async ({ request, params }) => {
  requireOpsToken(request);
  return json(await cancelMaintenance({ store: getStore(), id: params.id, now: new Date() }));
});
