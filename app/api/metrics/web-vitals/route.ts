import { json, route } from "@/lib/http/route";
import { loadVitalsPanel } from "@/lib/ops/dashboard/vitals";
import { requireOpsToken } from "@/lib/ops-auth/ops-token";
import { getStore } from "@/lib/store";

export const dynamic = "force-dynamic";

/** Real users' LCP, INP and CLS at p75 over the last 24 h (what the dashboard shows), for performance-check.sh. */
export const GET = route(async ({ request }) => {
  requireOpsToken(request);
  return json(await loadVitalsPanel({ store: getStore(), now: new Date() }));
});
