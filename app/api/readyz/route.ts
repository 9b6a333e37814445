import { getEnv } from "@/lib/env";
import { checkStore, HEALTH_CACHE_MS } from "@/lib/health/health";
import { cachedFor } from "@/lib/health/health-cache";
import { healthResponse } from "@/lib/health/health-format";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/**
 * Readiness: this instance can serve, which needs the store. 503 while the
 * store is unreachable, so the platform sends traffic elsewhere; the AI
 * provider is left out because the built-in planner always serves.
 */
export const GET = route(async () => {
  const env = getEnv();
  // Public and unauthenticated: one store round trip per instance every few seconds, however often it is called.
  const store = await cachedFor("readyz", HEALTH_CACHE_MS, () => checkStore(env, new Date()));
  return healthResponse({
    status: store.status === "fail" ? "fail" : "pass",
    checks: { [`${env.store}:responseTime`]: [store] },
    ...(store.output ? { output: store.output } : {}),
  });
});
