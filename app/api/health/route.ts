import { getHealth } from "@/lib/health/health";
import { healthResponse } from "@/lib/health/health-format";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/**
 * `application/health+json`: the store's response time, the AI provider's
 * configuration and the Gemini quota. 200 on pass and warn, 503 on fail.
 * Computed at most every 5 s, so a flood of checks costs one store round trip.
 */
export const GET = route(async () => {
  const report = await getHealth();
  return healthResponse({ ...report });
});
