import { readIncidentResolutionWeekly } from "@/lib/analytics/incidents";
import { oneNumber } from "@/lib/http/one-number";
import { route } from "@/lib/http/route";
import { requireOpsToken } from "@/lib/ops-auth/ops-token";
import { getStore } from "@/lib/store";

export const dynamic = "force-dynamic";

/** Mean minutes to resolve the incidents resolved in the last 7 days. Definition: README, "Metric definitions". */
export const GET = route(async ({ request }) => {
  requireOpsToken(request);
  return oneNumber(request, await readIncidentResolutionWeekly({ store: getStore(), now: new Date() }));
});
