import { route } from "@/lib/http/route";
import { getStatus } from "@/lib/status/status";

export const dynamic = "force-dynamic";

/**
 * The page indicator alone, for the app's site-wide banner: a few bytes,
 * from the 5 s status cache, and cacheable by the browser for 15 s.
 */
export const GET = route(async () => {
  const { status } = await getStatus();
  return Response.json(status, { headers: { "cache-control": "public, max-age=15" } });
});
