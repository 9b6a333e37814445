import { readJsonBody } from "@/lib/http/read-json";
import { route } from "@/lib/http/route";
import { MAX_VITALS_BODY_BYTES, recordVitals, VitalsReportSchema } from "@/lib/metrics/vitals";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * Real-user Core Web Vitals from the browser's beacon (LCP, INP, CLS):
 * counted into the per-minute rollups' histograms. No identity is read or kept.
 */
export const POST = route(async ({ request }) => {
  const report = await readJsonBody(request, VitalsReportSchema, { maxBytes: MAX_VITALS_BODY_BYTES, what: "The vitals report" });
  recordVitals(report);
  return new Response(null, { status: 204, headers: { "cache-control": "no-store" } });
});
