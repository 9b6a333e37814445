import { requireIdentity } from "@/lib/auth";
import { exportableFromRecord } from "@/lib/export/exportable";
import { exportResponse, parseExportFormat } from "@/lib/export/respond";
import { route } from "@/lib/http/route";
import { requireOwnPlan } from "@/lib/plans/service";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Params = { id: string; format: string };

/** One of the caller's plans as a file (md, pdf, budget.csv, kpis.csv, ics); 404 for anyone else's. */
export const GET = route<Params>(async ({ request, params }) => {
  const format = parseExportFormat(params.format);
  const identity = await requireIdentity(request, { write: false });
  const record = await requireOwnPlan({ id: params.id, userId: identity.userId });
  return exportResponse({ source: exportableFromRecord(record), format, identity });
});
