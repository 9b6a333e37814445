import { z } from "zod";
import { requireIdentity } from "@/lib/auth";
import { json, parseParams, route } from "@/lib/http/route";
import { listVersions } from "@/lib/plans/versions";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const QuerySchema = z
  .object({ limit: z.coerce.number().int().min(1).max(100).default(50), cursor: z.string().max(400).optional() })
  .strict();

/** The plan's versions, newest first. */
export const GET = route<{ id: string }>(async ({ request, params }) => {
  const identity = await requireIdentity(request, { write: false });
  const query = parseParams(QuerySchema, Object.fromEntries(new URL(request.url).searchParams), "The query string");
  return json(await listVersions({ id: params.id, userId: identity.userId, ...query }), { identity });
});
