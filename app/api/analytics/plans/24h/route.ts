import { readPlansCreated24h } from "@/lib/analytics/activity";
import { oneNumber } from "@/lib/http/one-number";
import { route } from "@/lib/http/route";
import { requireOpsToken } from "@/lib/ops-auth/ops-token";
import { getStore } from "@/lib/store";

export const dynamic = "force-dynamic";

/** Plans created in the last 24 h, deleted ones included. Definition: README, "Metric definitions". */
export const GET = route(async ({ request }) => {
  requireOpsToken(request);
  return oneNumber(request, await readPlansCreated24h({ store: getStore(), now: new Date() }));
});
