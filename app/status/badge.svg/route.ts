import { route } from "@/lib/http/route";
import { renderBadge } from "@/lib/status/badge";
import { PUBLIC_CACHE } from "@/lib/status/feed-response";
import { getStatusPage } from "@/lib/status/status-page";

export const dynamic = "force-dynamic";

/** An SVG badge of the overall status, for READMEs and wikis. */
export const GET = route(async () => {
  const page = await getStatusPage();
  return new Response(renderBadge(page.indicator), {
    headers: { "content-type": "image/svg+xml; charset=utf-8", "cache-control": PUBLIC_CACHE },
  });
});
