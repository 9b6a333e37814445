import "server-only";
import { log } from "@/lib/log";

/** A probe check fails when health does not answer 2xx within this. */
export const PROBE_TIMEOUT_MS = 5_000;

export interface ProbeResult {
  passed: boolean;
  status: number | null;
  ms: number;
  /** Why it failed, in plain words; absent when it passed. */
  reason?: string;
}

/**
 * One uptime check: `GET <baseUrl>/api/health` passes on 2xx (health's pass
 * and warn), fails on anything else, an error or a timeout.
 */
export async function probeOnce(baseUrl: string, timeoutMs = PROBE_TIMEOUT_MS): Promise<ProbeResult> {
  const started = performance.now();
  const ms = () => Math.round(performance.now() - started);
  try {
    const response = await fetch(new URL("/api/health", baseUrl), {
      signal: AbortSignal.timeout(timeoutMs),
      headers: { "user-agent": "marketplanai-prober" },
      cache: "no-store",
    });
    await response.arrayBuffer();
    return response.ok
      ? { passed: true, status: response.status, ms: ms() }
      : { passed: false, status: response.status, ms: ms(), reason: `health answered ${response.status}` };
  } catch (error) {
    const timedOut = error instanceof Error && error.name === "TimeoutError";
    return { passed: false, status: null, ms: ms(), reason: timedOut ? `no answer within ${timeoutMs} ms` : "unreachable" };
  }
}

/**
 * Probes every `intervalMs` until the returned function is called, handing
 * each result to `record`. Checks never overlap; the timer never keeps the
 * process alive on its own when `unref` is set.
 */
export function runProber(args: {
  baseUrl: string;
  intervalMs: number;
  record: (result: ProbeResult) => void | Promise<void>;
  /** Wait before the first check (a server probing itself is not listening yet when it starts). */
  firstDelayMs?: number;
  unref?: boolean;
}): () => void {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const tick = async () => {
    const result = await probeOnce(args.baseUrl);
    try {
      await args.record(result);
    } catch (error) {
      log.warn("probe.record_failed", { error: error instanceof Error ? error.message : String(error) });
    }
    if (!result.passed) log.warn("probe.failed", { url: args.baseUrl, status: result.status, reason: result.reason });
    if (stopped) return;
    timer = setTimeout(tick, args.intervalMs);
    if (args.unref) timer.unref();
  };
  timer = setTimeout(tick, args.firstDelayMs ?? 0);
  if (args.unref) timer.unref();
  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
  };
}
