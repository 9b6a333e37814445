import { z } from "zod";
import { readJsonBody } from "@/lib/http/read-json";
import { json, parseParams, route } from "@/lib/http/route";
import { listMaintenanceWindows, NewMaintenanceSchema, scheduleMaintenance } from "@/lib/maintenance/windows";
import { requireOpsToken } from "@/lib/ops-auth/ops-token";
import { getStore } from "@/lib/store";

export const dynamic = "force-dynamic";

const DAY_MS = 86_400_000;
const QuerySchema = z.object({
  from: z.string().datetime({ offset: true, message: "from: an ISO 8601 time" }).optional(),
  to: z.string().datetime({ offset: true, message: "to: an ISO 8601 time" }).optional(),
});

/** Maintenance windows (the weekly one and ad-hoc ones) from a day ago to 30 days ahead, or between `from` and `to`. */
export const GET = route(async ({ request }) => {
  requireOpsToken(request);
  const query = parseParams(QuerySchema, Object.fromEntries(new URL(request.url).searchParams), "The query");
  const now = new Date();
  const from = query.from ? new Date(query.from) : new Date(now.getTime() - DAY_MS);
  const to = query.to ? new Date(query.to) : new Date(now.getTime() + 30 * DAY_MS);
  return json({ windows: await listMaintenanceWindows({ store: getStore(), from, to, now }) });
});

/** Plans an ad-hoc window: `{title, startsAt, endsAt, components?}`. Pages are held back while it is in progress. */
export const POST = route(async ({ request }) => {
  requireOpsToken(request);
  const input = await readJsonBody(request, NewMaintenanceSchema, { maxBytes: 8 * 1024, what: "The maintenance window" });
  return json(await scheduleMaintenance({ store: getStore(), input, now: new Date() }), { status: 201 });
});
