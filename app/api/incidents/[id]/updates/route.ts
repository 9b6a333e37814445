import { json, route } from "@/lib/http/route";
import { incidentView, readIncidentBody } from "@/lib/incidents/http";
import { UpdateIncidentRequestSchema } from "@/lib/incidents/requests";
import { updateIncident } from "@/lib/incidents/service";
import { requireOpsToken } from "@/lib/ops-auth/ops-token";

export const dynamic = "force-dynamic";

/** Appends an update (409 once the incident is resolved). Ops token. */
export const POST = route<{ id: string }>(async ({ request, params }) => {
  requireOpsToken(request);
  const body = await readIncidentBody(request, UpdateIncidentRequestSchema, "The update");
  return json({ incident: incidentView(await updateIncident(params.id, body)) }, { status: 201 });
});
