import { requireIdentity } from "@/lib/auth";
import { json, parseParams, route } from "@/lib/http/route";
import { VersionNumberSchema } from "@/lib/plans/schema";
import { restoreVersion } from "@/lib/plans/versions";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Makes an old version current again, as a new version. */
export const POST = route<{ id: string; version: string }>(async ({ request, params }) => {
  const identity = await requireIdentity(request, { write: true });
  const version = parseParams(VersionNumberSchema, params.version, "The version number");
  return json(await restoreVersion({ id: params.id, userId: identity.userId, version }), { identity });
});
