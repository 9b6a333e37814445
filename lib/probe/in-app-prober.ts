import "server-only";
import { log } from "@/lib/log";
import { instanceId } from "@/lib/metrics/instance";
import { minuteStart } from "@/lib/metrics/minute-counters";
import { recordProbe } from "@/lib/metrics/record";
import { recordSettledUptimeDaysOnce } from "@/lib/status/uptime-days";
import type { Store } from "@/lib/store/types";
import { probeRoundCounters, runProber } from "./prober";

/** The lease the in-app prober takes, so exactly one instance probes. */
export const PROBER_LEASE = "prober";

/**
 * Starts the in-app prober: every `intervalMs` the instance that holds the
 * `prober` lease (renewed each round, lost 2.5 intervals after its holder
 * stops) checks the manual's three endpoints and writes the round straight to
 * the store, so uptime is a number within a round of the first start. The
 * holder also records each settled day's uptime (lib/status/uptime-days.ts).
 */
export function startInAppProber(args: {
  store: () => Store;
  baseUrl: string;
  intervalMs: number;
  firstDelayMs?: number;
  /** This instance's name on the lease and in the rollups; the process's instance id by default. */
  holder?: string;
}) {
  const holder = args.holder ?? instanceId();
  const ttlMs = Math.min(86_400_000, Math.max(1_000, Math.round(args.intervalMs * 2.5)));
  let holding = false;
  return runProber({
    baseUrl: args.baseUrl,
    intervalMs: args.intervalMs,
    firstDelayMs: args.firstDelayMs ?? args.intervalMs,
    unref: true,
    mayProbe: async () => {
      const held = await args.store().acquireLease({ name: PROBER_LEASE, holder, ttlMs });
      if (held !== holding) log.info(held ? "probe.lease_taken" : "probe.lease_lost", { holder });
      holding = held;
      return held;
    },
    record: async (round) => {
      recordProbe(round.passed);
      const minute = new Date(minuteStart(Date.now()));
      await args.store().addRollup({ instanceId: holder, minute, counters: probeRoundCounters(round) });
      // The prober's holder also keeps the daily uptime records, once a day has settled.
      const saved = await recordSettledUptimeDaysOnce({ store: args.store(), now: new Date() }).catch((error: unknown) => {
        log.warn("uptime.days_failed", { error: error instanceof Error ? error.message.split("\n")[0] : String(error) });
        return null;
      });
      if (saved && saved.length > 0) log.info("uptime.days_recorded", { days: new Set(saved.map((d) => d.day)).size });
    },
  });
}
