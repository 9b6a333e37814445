import "server-only";
import path from "node:path";
import { startGenkitTelemetry } from "@/ai/telemetry";
import { startAlertEvaluator } from "@/lib/alerts/evaluator-loop";
import { getEnv } from "@/lib/env";
import { log } from "@/lib/log";
import { measurePageRequests } from "@/lib/metrics/page-requests";
import { startRollupFlusher } from "@/lib/metrics/rollups";
import { loadOpsToken } from "@/lib/ops-auth/ops-token";
import { startInAppProber } from "@/lib/probe/in-app-prober";
import { installGracefulShutdown } from "@/lib/shutdown/graceful";
import { getStore } from "@/lib/store";

/**
 * Runs once when a Node.js server process starts (from `instrumentation.ts`):
 * makes sure the operations token exists and says where to find it, measures
 * page requests, starts writing the per-minute rollups (and the last ones on
 * SIGTERM, after in-flight generations), and starts the uptime prober (on
 * unless PROBER_ENABLED=false; one instance at a time probes) and the alert
 * evaluator when enabled (one instance at a time evaluates).
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
  // Production Firebase mode only; never fails the start (monitoring is not worth an outage).
  await startGenkitTelemetry(env).catch((error: unknown) =>
    log.warn("genkit.telemetry_failed", { error: error instanceof Error ? error.message.split("\n")[0] : String(error) }),
  );
  measurePageRequests(path.resolve(process.env.NEXT_DIST_DIR || ".next"));
  startRollupFlusher();
  installGracefulShutdown();
  if (env.PROBER_ENABLED) {
    const baseUrl = env.PROBE_URL ?? `http://127.0.0.1:${env.PORT}`;
    startInAppProber({ store: getStore, baseUrl, intervalMs: env.PROBE_INTERVAL_MS });
    log.info("probe.started", { url: baseUrl, intervalMs: env.PROBE_INTERVAL_MS });
  }
  if (env.ALERTS_ENABLED) startAlertEvaluator();
}
