import { computeAiHealth } from "@/lib/health/ai-health";
import { HEALTH_CACHE_MS } from "@/lib/health/health";
import { cachedFor } from "@/lib/health/health-cache";
import { healthResponse } from "@/lib/health/health-format";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/**
 * The AI provider reachable (a free model listing, cached 60 s, never a
 * generation) and the rolling 15-minute generation success rate, the whole
 * answer cached HEALTH_CACHE_MS (one computation in flight) like /api/health. An AI
 * problem is `warn` (200), not `fail`: the built-in planner still serves.
 */
export const POST = route(async () =>
  healthResponse({ ...(await cachedFor("ai-health", HEALTH_CACHE_MS, () => computeAiHealth())) }),
);
