import { AppError } from "@/lib/errors";
import { json, route } from "@/lib/http/route";
import { getSharedPlan } from "@/lib/plans/sharing";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** A shared plan, read-only, with nothing about its owner; 404 once the link is revoked. */
export const GET = route<{ token: string }>(async ({ params }) => {
  const shared = await getSharedPlan({ token: params.token });
  if (!shared) throw new AppError("not_found", "This share link does not exist or was revoked.");
  return json(shared);
});
