import { alertSettingsFromEnv } from "@/lib/alerts/alert-settings";
import { evaluateAlerts } from "@/lib/alerts/evaluator";
import { getEnv } from "@/lib/env";
import { json, route } from "@/lib/http/route";
import { requireOpsToken } from "@/lib/ops-auth/ops-token";
import { getStore } from "@/lib/store";

export const dynamic = "force-dynamic";

/**
 * One evaluation of every alert rule, for Cloud Scheduler (docs/operations.md, SLOs and alerts).
 * It does not wait for the in-app lease: state changes are compare-and-set,
 * so running beside the in-app evaluator never sends anything twice.
 */
export const POST = route(async ({ request }) => {
  requireOpsToken(request);
  return json(await evaluateAlerts({ store: getStore(), settings: alertSettingsFromEnv(getEnv()), now: new Date() }));
});
