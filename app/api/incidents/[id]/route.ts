import { json, route } from "@/lib/http/route";
import { incidentView } from "@/lib/incidents/http";
import { getIncidentById } from "@/lib/incidents/service";
import { requireOpsToken } from "@/lib/ops-auth/ops-token";

export const dynamic = "force-dynamic";

/** One incident with every update, internal ones included, and its targets. Ops token. */
export const GET = route<{ id: string }>(async ({ request, params }) => {
  requireOpsToken(request);
  return json({ incident: incidentView(await getIncidentById(params.id)) });
});
