import { readUptimeWeekly } from "@/lib/analytics/traffic";
import { oneNumber } from "@/lib/http/one-number";
import { route } from "@/lib/http/route";
import { requireOpsToken } from "@/lib/ops-auth/ops-token";
import { getStore } from "@/lib/store";

export const dynamic = "force-dynamic";

/** Passing probe checks over all probe checks in the last 7 days, in percent. Definition: README, "Metric definitions". */
export const GET = route(async ({ request }) => {
  requireOpsToken(request);
  return oneNumber(request, await readUptimeWeekly({ store: getStore(), now: new Date() }));
});
