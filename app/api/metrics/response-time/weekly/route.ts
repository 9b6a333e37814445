import { readResponseTimeWeekly } from "@/lib/analytics/traffic";
import { oneNumber } from "@/lib/http/one-number";
import { route } from "@/lib/http/route";
import { requireOpsToken } from "@/lib/ops-auth/ops-token";
import { getStore } from "@/lib/store";

export const dynamic = "force-dynamic";

/** Mean HTTP response time over the last 7 days, in milliseconds. Definition: README, "Metric definitions". */
export const GET = route(async ({ request }) => {
  requireOpsToken(request);
  return oneNumber(request, await readResponseTimeWeekly({ store: getStore(), now: new Date() }));
});
