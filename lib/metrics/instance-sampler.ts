import "server-only";
import os from "node:os";
import { InstanceKey } from "./instance-keys";
import type { MinuteCounters } from "./minute-counters";

let previous: { cpu: NodeJS.CpuUsage; at: number } | undefined;

/**
 * Adds this process's CPU use since the previous sample and its memory to the
 * minute that holds `at` (the flusher passes the minute that just ended).
 * Two syscalls a minute: cheap enough to run on every instance.
 */
export function sampleInstance(counters: MinuteCounters, at: number = Date.now()): void {
  const now = Date.now();
  const cpu = process.cpuUsage();
  if (previous) {
    const used = (cpu.user - previous.cpu.user + cpu.system - previous.cpu.system) / 1000;
    counters.add(InstanceKey.cpuMs, Math.max(0, used), at);
    counters.add(InstanceKey.wallMs, Math.max(1, now - previous.at), at);
  }
  previous = { cpu, at: now };
  counters.add(InstanceKey.samples, 1, at);
  counters.add(InstanceKey.rssMb, Math.round(process.memoryUsage.rss() / 1e5) / 10, at);
  counters.add(InstanceKey.cores, os.availableParallelism(), at);
}
