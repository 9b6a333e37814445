import { z } from "zod";
import { requireIdentity } from "@/lib/auth";
import { json, parseParams, route } from "@/lib/http/route";
import { diffVersions } from "@/lib/plans/versions";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const QuerySchema = z.object({ from: z.coerce.number().int().positive(), to: z.coerce.number().int().positive() }).strict();

/** Field-by-field changes between two versions: `?from=1&to=3`. */
export const GET = route<{ id: string }>(async ({ request, params }) => {
  const identity = await requireIdentity(request, { write: false });
  const { from, to } = parseParams(QuerySchema, Object.fromEntries(new URL(request.url).searchParams), "The query string");
  const changes = await diffVersions({ id: params.id, userId: identity.userId, from, to });
  return json({ from, to, changes }, { identity });
});
