import "server-only";
import type { ReadArgs } from "@/lib/analytics/reading";
import { counterValue } from "@/lib/analytics/rollups";
import { InstanceKey } from "@/lib/metrics/instance-keys";
import type { InstanceRow } from "./types";

/** An instance that has not reported for this long is gone (scaled in, or stopped). */
const RECENT_MINUTES = 5;

/** Each instance's CPU and memory from its latest rollup record with a sample, busiest first. */
export async function loadInstancesPanel({ store, now }: ReadArgs): Promise<InstanceRow[]> {
  const to = Math.floor(now.getTime() / 60_000) * 60_000 + 60_000;
  const rollups = await store.listRollups({ from: new Date(to - (RECENT_MINUTES + 1) * 60_000), to: new Date(to) });
  const latest = new Map<string, (typeof rollups)[number]>();
  for (const rollup of rollups) {
    if (counterValue(rollup.counters, InstanceKey.samples) > 0) latest.set(rollup.instanceId, rollup);
  }
  const rows = [...latest.values()].map(({ instanceId, minute, counters }) => {
    const samples = counterValue(counters, InstanceKey.samples);
    const wall = counterValue(counters, InstanceKey.wallMs);
    return {
      instanceId,
      lastSeen: minute,
      cpuPercent: wall > 0 ? Math.round((counterValue(counters, InstanceKey.cpuMs) / wall) * 1000) / 10 : null,
      cores: counterValue(counters, InstanceKey.cores) / samples || null,
      memoryMb: Math.round(counterValue(counters, InstanceKey.rssMb) / samples) || null,
    };
  });
  return rows.sort((a, b) => (b.cpuPercent ?? 0) - (a.cpuPercent ?? 0));
}
