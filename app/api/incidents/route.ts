import { json, parseParams, route } from "@/lib/http/route";
import { incidentView, readIncidentBody } from "@/lib/incidents/http";
import { ListIncidentsQuerySchema, OpenIncidentRequestSchema } from "@/lib/incidents/requests";
import { listIncidentsFiltered, openIncidentOnce } from "@/lib/incidents/service";
import { requireOpsToken } from "@/lib/ops-auth/ops-token";

export const dynamic = "force-dynamic";

/** Incidents of the last 30 days (or since `since`), newest first; `status` = a status or `open`. Ops token. */
export const GET = route(async ({ request }) => {
  requireOpsToken(request);
  const query = parseParams(ListIncidentsQuerySchema, Object.fromEntries(new URL(request.url).searchParams), "The query");
  const now = new Date();
  const incidents = await listIncidentsFiltered(query, { now });
  return json({ incidents: incidents.map((incident) => incidentView(incident, now)) });
});

/** Opens an incident: 201, or 200 with the incident already open under the same dedupKey. Ops token. */
export const POST = route(async ({ request }) => {
  requireOpsToken(request);
  const body = await readIncidentBody(request, OpenIncidentRequestSchema, "The incident");
  const { incident, created } = await openIncidentOnce(body);
  return json({ incident: incidentView(incident) }, { status: created ? 201 : 200 });
});
