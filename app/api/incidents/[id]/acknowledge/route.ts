import { json, route } from "@/lib/http/route";
import { incidentView, readIncidentBody } from "@/lib/incidents/http";
import { AcknowledgeIncidentRequestSchema } from "@/lib/incidents/requests";
import { acknowledgeIncident } from "@/lib/incidents/service";
import { requireOpsToken } from "@/lib/ops-auth/ops-token";

export const dynamic = "force-dynamic";

/** Acknowledges the incident once (409 when already acknowledged or resolved); the body is optional. Ops token. */
export const POST = route<{ id: string }>(async ({ request, params }) => {
  requireOpsToken(request);
  const body = await readIncidentBody(request, AcknowledgeIncidentRequestSchema, "The acknowledgement", { optional: true });
  return json({ incident: incidentView(await acknowledgeIncident(params.id, body)) });
});
