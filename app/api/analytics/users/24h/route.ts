import { readUsersActive24h } from "@/lib/analytics/activity";
import { oneNumber } from "@/lib/http/one-number";
import { route } from "@/lib/http/route";
import { requireOpsToken } from "@/lib/ops-auth/ops-token";
import { getStore } from "@/lib/store";

export const dynamic = "force-dynamic";

/** Distinct users active in the last 24 h. Definition: README, "Metric definitions". */
export const GET = route(async ({ request }) => {
  requireOpsToken(request);
  return oneNumber(request, await readUsersActive24h({ store: getStore(), now: new Date() }));
});
