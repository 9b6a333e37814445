import { z } from "zod";
import { requireIdentity } from "@/lib/auth";
import { json, parseParams, route } from "@/lib/http/route";
import { listOwnPlans } from "@/lib/plans/service";
import { PLAN_QUERY_MAX, PLAN_SORTS } from "@/lib/store/plan-listing";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const QuerySchema = z
  .object({
    limit: z.coerce.number().int().min(1, "limit must be 1 to 50").max(50, "limit must be 1 to 50").default(20),
    cursor: z.string().max(1000, "cursor is too long: pass back the nextCursor you were given").optional(),
    q: z
      .string()
      .trim()
      .max(PLAN_QUERY_MAX, `q (the search) must be at most ${PLAN_QUERY_MAX} characters`)
      .optional()
      .transform((q) => q || undefined),
    sort: z.enum(PLAN_SORTS, { errorMap: () => ({ message: `sort must be one of ${PLAN_SORTS.join(", ")}` }) }).default("newest"),
  })
  .strict();

/**
 * The caller's plans, a page at a time (`?limit=&cursor=`), searched by title
 * (`q`: every word, any case or accents) and ordered (`sort`: newest, oldest,
 * updated or title). A cursor only continues the search and order it came from.
 */
export const GET = route(async ({ request }) => {
  const identity = await requireIdentity(request, { write: false });
  const { q, ...query } = parseParams(QuerySchema, Object.fromEntries(new URL(request.url).searchParams), "The query string");
  return json(await listOwnPlans({ userId: identity.userId, query: q, ...query }), { identity });
});
