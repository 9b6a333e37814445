import "server-only";
import path from "node:path";
import { log } from "@/lib/log";
import { loadOpsToken } from "@/lib/ops-auth/ops-token";

/**
 * Runs once when a Node.js server process starts (from `instrumentation.ts`):
 * makes sure the operations token exists and says where to find it.
 */
export async function onNodeServerStart(): Promise<void> {
  const { source } = loadOpsToken();
  if (source.kind === "file") {
    const shown = path.relative(process.cwd(), source.path) || source.path;
    log.info("ops.token", {
      message: `${source.created ? "Generated the" : "The"} operations API token is in ${shown}: curl -H "Authorization: Bearer $(cat ${shown})" …/api/metrics`,
    });
  }
}
