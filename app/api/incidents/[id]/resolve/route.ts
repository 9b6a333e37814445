import { json, route } from "@/lib/http/route";
import { incidentView, readIncidentBody } from "@/lib/incidents/http";
import { ResolveIncidentRequestSchema } from "@/lib/incidents/requests";
import { resolveIncident } from "@/lib/incidents/service";
import { requireOpsToken } from "@/lib/ops-auth/ops-token";

export const dynamic = "force-dynamic";

/** Resolves the incident (409 when it already is); the body is optional. Ops token. */
export const POST = route<{ id: string }>(async ({ request, params }) => {
  requireOpsToken(request);
  const body = await readIncidentBody(request, ResolveIncidentRequestSchema, "The resolution", { optional: true });
  return json({ incident: incidentView(await resolveIncident(params.id, body)) });
});
