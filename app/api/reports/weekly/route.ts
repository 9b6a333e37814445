import { buildWeeklyReport } from "@/lib/analytics/weekly-report";
import { json, route } from "@/lib/http/route";
import { requireOpsToken } from "@/lib/ops-auth/ops-token";
import { getReleaseId } from "@/lib/release";
import { getStore } from "@/lib/store";

export const dynamic = "force-dynamic";

/** The weekly operations report as JSON. Definitions: docs/operations.md, "Metric definitions". */
export const GET = route(async ({ request }) => {
  requireOpsToken(request);
  return json(await buildWeeklyReport({ store: getStore(), now: new Date(), releaseId: getReleaseId() }));
});
