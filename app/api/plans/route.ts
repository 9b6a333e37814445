import { z } from "zod";
import { requireIdentity } from "@/lib/auth";
import { json, parseParams, route } from "@/lib/http/route";
import { listOwnPlans } from "@/lib/plans/service";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const QuerySchema = z
  .object({
    limit: z.coerce.number().int().min(1, "limit must be 1 to 50").max(50, "limit must be 1 to 50").default(20),
    cursor: z.string().max(400).optional(),
  })
  .strict();

/** The caller's plans, newest first, a page at a time (`?limit=&cursor=`). */
export const GET = route(async ({ request }) => {
  const identity = await requireIdentity(request, { write: false });
  const query = parseParams(QuerySchema, Object.fromEntries(new URL(request.url).searchParams), "The query string");
  return json(await listOwnPlans({ userId: identity.userId, ...query }), { identity });
});
