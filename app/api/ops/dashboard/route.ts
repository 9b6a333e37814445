import { json, route } from "@/lib/http/route";
import { loadDashboard } from "@/lib/ops/dashboard/load-dashboard";
import { requireOpsToken } from "@/lib/ops-auth/ops-token";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Every panel of the /ops dashboard as JSON (ops token or the dashboard's session cookie); the page polls it. */
export const GET = route(async ({ request }) => {
  requireOpsToken(request);
  return json(await loadDashboard());
});
