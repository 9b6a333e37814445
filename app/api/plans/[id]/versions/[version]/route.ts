import { requireIdentity } from "@/lib/auth";
import { json, parseParams, route } from "@/lib/http/route";
import { VersionNumberSchema } from "@/lib/plans/schema";
import { getVersion } from "@/lib/plans/versions";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** One saved version of the plan, in full. */
export const GET = route<{ id: string; version: string }>(async ({ request, params }) => {
  const identity = await requireIdentity(request, { write: false });
  const version = parseParams(VersionNumberSchema, params.version, "The version number");
  return json(await getVersion({ id: params.id, userId: identity.userId, version }), { identity });
});
