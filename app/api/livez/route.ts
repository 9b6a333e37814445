import { healthResponse } from "@/lib/health/health-format";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** Liveness: the process answers. Deliberately checks no dependency (a store outage must not restart instances). */
export const GET = route(async () => healthResponse({ status: "pass" }));
