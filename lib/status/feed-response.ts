import "server-only";
import { publicOrigin } from "@/lib/http/public-origin";
import { renderAtom, renderRss } from "./feeds";
import { getStatusPage } from "./status-page";

/** Feeds and the badge may sit in caches for this long; the page data behind them is at most 5 s old. */
export const PUBLIC_CACHE = "public, max-age=30";

export async function incidentFeed(request: Request, format: "rss" | "atom"): Promise<Response> {
  const page = await getStatusPage();
  const site = { origin: publicOrigin(request), title: "MarketPlanAI status", updatedAt: page.updatedAt };
  const incidents = [...page.activeIncidents, ...page.pastIncidents];
  const body = format === "rss" ? renderRss(site, incidents) : renderAtom(site, incidents);
  return new Response(body, {
    headers: {
      "content-type": format === "rss" ? "application/rss+xml; charset=utf-8" : "application/atom+xml; charset=utf-8",
      "cache-control": PUBLIC_CACHE,
    },
  });
}
