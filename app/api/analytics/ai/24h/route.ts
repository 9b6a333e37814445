import { readAiGenerations24h } from "@/lib/analytics/traffic";
import { oneNumber } from "@/lib/http/one-number";
import { route } from "@/lib/http/route";
import { requireOpsToken } from "@/lib/ops-auth/ops-token";
import { getStore } from "@/lib/store";

export const dynamic = "force-dynamic";

/** AI generations (plans and sections) that ran to an end in the last 24 h. Definition: README, "Metric definitions". */
export const GET = route(async ({ request }) => {
  requireOpsToken(request);
  return oneNumber(request, await readAiGenerations24h({ store: getStore(), now: new Date() }));
});
