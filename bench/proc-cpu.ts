/** CPU time and resource use of server processes, from Linux's /proc, for benchmarks that compare servers. */
import { execFileSync } from "node:child_process";
import fs from "node:fs";

const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** Processes whose environment names this data directory: `next start` and any child it spawned. */
export function pidsOf(dataDir: string): number[] {
  const marker = `MARKETPLAN_DATA_DIR=${dataDir}\0`;
  const pids: number[] = [];
  for (const entry of fs.readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      if (fs.readFileSync(`/proc/${entry}/environ`, "latin1").includes(marker)) pids.push(Number(entry));
    } catch {
      // Gone, or not ours to read.
    }
  }
  return pids;
}

/** User plus system CPU seconds of these processes so far; NaN when any cannot be read. */
export function cpuSeconds(pids: number[]): number {
  if (pids.length === 0) return Number.NaN;
  let ticks = 0;
  for (const pid of pids) {
    try {
      // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
      const fields = fs.readFileSync(`/proc/${pid}/stat`, "latin1").split(") ")[1]?.split(" ") ?? [];
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      return Number.NaN;
    }
  }
  return ticks / CLOCK_TICKS;
}

/** Resident memory (MiB), open file descriptors and threads of the server's processes, from /proc. */
export function processUsage(pids: number[]): { rssMiB: number; fds: number; threads: number } {
  let rssKiB = 0;
  let fds = 0;
  let threads = 0;
  for (const pid of pids) {
    try {
      const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
      rssKiB += Number(status.match(/^VmRSS:\s+(\d+)/m)?.[1] ?? Number.NaN);
      threads += Number(status.match(/^Threads:\s+(\d+)/m)?.[1] ?? Number.NaN);
      fds += fs.readdirSync(`/proc/${pid}/fd`).length;
    } catch {
      return { rssMiB: Number.NaN, fds: Number.NaN, threads: Number.NaN };
    }
  }
  return { rssMiB: rssKiB / 1024, fds, threads };
}
