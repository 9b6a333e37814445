import { route } from "@/lib/http/route";
import { incidentFeed } from "@/lib/status/feed-response";

export const dynamic = "force-dynamic";

/** Atom 1.0 feed of the status page's incidents (active and the last 90 days). */
export const GET = route(async ({ request }) => incidentFeed(request, "atom"));
