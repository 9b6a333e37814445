import { json, route } from "@/lib/http/route";
import { getStatus } from "@/lib/status/status";

export const dynamic = "force-dynamic";

/**
 * The status page summary in Statuspage's vocabulary: page indicator
 * (none/minor/major/critical), the Application, AI Service and Database
 * components, and the active incidents. Always 200 while the app answers.
 */
export const GET = route(async () => json(await getStatus()));
