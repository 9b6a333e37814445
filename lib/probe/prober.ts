import "server-only";
import { log } from "@/lib/log";
import { RollupKey } from "@/lib/metrics/rollup-keys";
import type { RollupCounters } from "@/lib/store/types";
import { PROBE_TARGETS, type ProbeTarget } from "./targets";

/** A probe check fails when health does not answer 2xx within this. */
export const PROBE_TIMEOUT_MS = 5_000;

export interface ProbeResult {
  passed: boolean;
  status: number | null;
  ms: number;
  /** Why it failed, in plain words; absent when it passed. */
  reason?: string;
}

/** One check of one target: 2xx within the timeout passes. */
export async function probeTarget(baseUrl: string, target: ProbeTarget, timeoutMs = PROBE_TIMEOUT_MS): Promise<ProbeResult> {
  const started = performance.now();
  const ms = () => Math.round(performance.now() - started);
  const what = target.path === "/api/health" ? "health" : `${target.method} ${target.path}`;
  try {
    const response = await fetch(new URL(target.path, baseUrl), {
      method: target.method,
      signal: AbortSignal.timeout(timeoutMs),
      headers: { "user-agent": "marketplanai-prober" },
      cache: "no-store",
    });
    await response.arrayBuffer();
    return response.ok
      ? { passed: true, status: response.status, ms: ms() }
      : { passed: false, status: response.status, ms: ms(), reason: `${what} answered ${response.status}` };
  } catch (error) {
    const timedOut = error instanceof Error && error.name === "TimeoutError";
    return { passed: false, status: null, ms: ms(), reason: timedOut ? `no answer within ${timeoutMs} ms` : "unreachable" };
  }
}

export interface ProbeRound {
  /** Every target passed. */
  passed: boolean;
  targets: { target: ProbeTarget; result: ProbeResult }[];
}

/** One round: every target of the manual at once. */
export async function probeRound(baseUrl: string, timeoutMs = PROBE_TIMEOUT_MS): Promise<ProbeRound> {
  const targets = await Promise.all(
    PROBE_TARGETS.map(async (target) => ({ target, result: await probeTarget(baseUrl, target, timeoutMs) })),
  );
  return { passed: targets.every(({ result }) => result.passed), targets };
}

/** What one round adds to the rollups: the totals (one check per round) and one check per target. */
export function probeRoundCounters(round: ProbeRound): RollupCounters {
  const counters: RollupCounters = {
    [RollupKey.probeChecks]: 1,
    [RollupKey.probePassed]: round.passed ? 1 : 0,
  };
  for (const { target, result } of round.targets) {
    counters[RollupKey.probeTargetChecks(target.id)] = 1;
    counters[RollupKey.probeTargetPassed(target.id)] = result.passed ? 1 : 0;
  }
  return counters;
}

/**
 * Runs `tick` every `intervalMs` until the returned function is called. Ticks
 * never overlap; the timer never keeps the process alive on its own when
 * `unref` is set.
 */
export function runProber(args: {
  baseUrl: string;
  intervalMs: number;
  /** Whether this instance probes this time (it holds the lease); always when absent. */
  mayProbe?: () => Promise<boolean>;
  record: (round: ProbeRound) => void | Promise<void>;
  /** Wait before the first check (a server probing itself is not listening yet when it starts). */
  firstDelayMs?: number;
  unref?: boolean;
}): () => void {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const round = async () => {
    if (args.mayProbe && !(await args.mayProbe())) return;
    const result = await probeRound(args.baseUrl);
    try {
      await args.record(result);
    } catch (error) {
      log.warn("probe.record_failed", { error: error instanceof Error ? error.message : String(error) });
    }
    for (const { target, result: check } of result.targets) {
      if (!check.passed)
        log.warn("probe.failed", { url: args.baseUrl, target: target.id, status: check.status, reason: check.reason });
    }
  };
  const tick = async () => {
    try {
      await round();
    } catch (error) {
      log.warn("probe.round_failed", { error: error instanceof Error ? error.message : String(error) });
    }
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
