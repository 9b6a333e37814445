import { readWeeklyActiveUsers } from "@/lib/analytics/activity";
import { oneNumber } from "@/lib/http/one-number";
import { route } from "@/lib/http/route";
import { requireOpsToken } from "@/lib/ops-auth/ops-token";
import { getStore } from "@/lib/store";

export const dynamic = "force-dynamic";

/** Distinct users active in the last 7 UTC days, today included. Definition: README, "Metric definitions". */
export const GET = route(async ({ request }) => {
  requireOpsToken(request);
  return oneNumber(request, await readWeeklyActiveUsers({ store: getStore(), now: new Date() }));
});
