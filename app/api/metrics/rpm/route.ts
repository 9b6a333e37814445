import { readRequestsPerMinute } from "@/lib/analytics/traffic";
import { oneNumber } from "@/lib/http/one-number";
import { route } from "@/lib/http/route";
import { requireOpsToken } from "@/lib/ops-auth/ops-token";
import { getStore } from "@/lib/store";

export const dynamic = "force-dynamic";

/** Requests in the last complete UTC minute, over all instances. Definition: README, "Metric definitions". */
export const GET = route(async ({ request }) => {
  requireOpsToken(request);
  return oneNumber(request, await readRequestsPerMinute({ store: getStore(), now: new Date() }));
});
