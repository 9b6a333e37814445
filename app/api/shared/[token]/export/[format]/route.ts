import { AppError } from "@/lib/errors";
import { exportResponse, parseExportFormat } from "@/lib/export/respond";
import { route } from "@/lib/http/route";
import { getSharedPlan } from "@/lib/plans/sharing";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** A shared plan as a file, like the owner's exports, with nothing about the owner; 404 once the link is revoked. */
export const GET = route<{ token: string; format: string }>(async ({ params }) => {
  const format = parseExportFormat(params.format);
  const shared = await getSharedPlan({ token: params.token });
  if (!shared) throw new AppError("not_found", "This share link does not exist or was revoked.");
  return exportResponse({ source: shared, format });
});
