import "server-only";
import path from "node:path";
import { getEnv } from "@/lib/env";
import { log } from "@/lib/log";
import { measurePageRequests } from "@/lib/metrics/page-requests";
import { recordProbe } from "@/lib/metrics/record";
import { startRollupFlusher } from "@/lib/metrics/rollups";
import { loadOpsToken } from "@/lib/ops-auth/ops-token";
import { runProber } from "@/lib/probe/prober";
import { installGracefulShutdown } from "@/lib/shutdown/graceful";

/**
 * Runs once when a Node.js server process starts (from `instrumentation.ts`):
 * makes sure the operations token exists and says where to find it, measures
 * page requests, starts writing the per-minute rollups (and the last ones on
 * SIGTERM, after in-flight generations), and starts the uptime prober when enabled.
 */
export async function onNodeServerStart(): Promise<void> {
  const env = getEnv();
  const { source } = loadOpsToken();
  if (source.kind === "file") {
    const shown = path.relative(process.cwd(), source.path) || source.path;
    log.info("ops.token", {
      message: `${source.created ? "Generated the operations API token into" : "The operations API token is in"} ${shown}; send it as: curl -H "Authorization: Bearer $(cat ${shown})" …/api/metrics`,
    });
  }
  measurePageRequests(path.resolve(process.env.NEXT_DIST_DIR || ".next"));
  startRollupFlusher();
  installGracefulShutdown();
  if (env.PROBER_ENABLED) {
    const baseUrl = env.PROBE_URL ?? `http://127.0.0.1:${env.PORT}`;
    runProber({
      baseUrl,
      intervalMs: env.PROBE_INTERVAL_MS,
      firstDelayMs: env.PROBE_INTERVAL_MS,
      record: (result) => recordProbe(result.passed),
      unref: true,
    });
    log.info("probe.started", { url: baseUrl, intervalMs: env.PROBE_INTERVAL_MS });
  }
}
