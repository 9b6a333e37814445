import { route } from "@/lib/http/route";
import { getMetrics } from "@/lib/metrics/prometheus";
import { requireOpsToken } from "@/lib/ops-auth/ops-token";
import { getReleaseId } from "@/lib/release";

export const dynamic = "force-dynamic";

/** Prometheus exposition of this instance: Node's process metrics and the app's `marketplanai_*` metrics. */
export const GET = route(async ({ request }) => {
  requireOpsToken(request);
  const metrics = getMetrics();
  metrics.buildInfo.set({ release: getReleaseId() }, 1);
  const body = await metrics.registry.metrics();
  return new Response(body, {
    headers: { "content-type": metrics.registry.contentType, "cache-control": "no-store" },
  });
});
