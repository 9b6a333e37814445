/**
 * The soak of `npm run bench:load -- --mode soak`: the comprehensive mix at 100 requests a second
 * (20 connections, 20 identities) for a warm-up and then the soak proper, with the server under
 * `node --trace-gc`. Judged by bench/soak-memory.ts on RSS and on the V8 heap after full
 * collections, from outside the process; with a snapshot directory the server also writes a heap
 * snapshot at the end of the first window after the warm-up and just before the end, to compare
 * by constructor with bench/heap-diff.ts.
 */
import { ENDPOINTS } from "@/load-tests/scenarios.js";
import type { NextServer } from "@/tests/support/next-server";
import { driveMix, newIdentities } from "./load-driver";
import { formatRun, summariseRun } from "./load-summary";
import { processUsage } from "./proc-cpu";
import { fullGcs, judgeSoak, type Point, type SeriesGrowth } from "./soak-memory";

const WINDOW_SECONDS = 60;

export interface SoakContext {
  start(env: Record<string, string | undefined>, nodeArgs: string[]): Promise<{ server: NextServer; pids: number[] }>;
  stop(server: NextServer): Promise<void>;
  opsToken(server: NextServer): string;
}

export interface SoakOptions {
  warmupSeconds: number;
  soakSeconds: number;
  /** Where the server writes its heap snapshots; none are taken without it. */
  snapshotDir?: string;
}

const expected = (tag: string) => Object.values(ENDPOINTS).find((endpoint) => endpoint.tag === tag)?.expect ?? [];

export async function runSoak(context: SoakContext, options: SoakOptions) {
  const warmup = options.warmupSeconds;
  const seconds = warmup + options.soakSeconds;
  const snapshotArgs = options.snapshotDir ? ["--heapsnapshot-signal=SIGUSR2", `--diagnostic-dir=${options.snapshotDir}`] : [];
  // V8 prints every collection; the heap left after a full one is what a leak would raise.
  const { server, pids } = await context.start({}, ["--trace-gc", ...snapshotArgs]);
  const identities = await newIdentities(server.url, 20);
  const usage: { at: number; rssMiB: number; fds: number; threads: number }[] = [];
  // Keyed by the collection's own time, so that each is counted once however often the log is read.
  const collections = new Map<number, Point & { committedMiB: number }>();
  const snapshotsAt = options.snapshotDir ? [warmup + WINDOW_SECONDS, seconds - 10] : [];
  const started = performance.now();
  const timer = setInterval(() => {
    const at = (performance.now() - started) / 1000;
    usage.push({ at, ...processUsage(pids) });
    for (const gc of fullGcs(server.logs()))
      if (!collections.has(gc.sinceStartMs))
        collections.set(gc.sinceStartMs, { at, value: gc.heapAfterMiB, committedMiB: gc.heapCommittedMiB });
    const snapshotAt = snapshotsAt[0];
    if (snapshotAt !== undefined && at >= snapshotAt && pids[0] !== undefined) {
      snapshotsAt.shift();
      process.kill(pids[0], "SIGUSR2");
    }
  }, 2000);
  const { samples, seconds: elapsed } = await driveMix({
    url: server.url,
    mix: "comprehensive",
    connections: 20,
    seconds,
    rate: 100,
    opsToken: context.opsToken(server),
    identities,
  });
  clearInterval(timer);
  // Idle for a few seconds so kept-alive sockets close before descriptors are counted.
  await new Promise((resolve) => setTimeout(resolve, 6000));
  const after = processUsage(pids);
  const heapAfterGc = [...collections.values()];
  const verdict = judgeSoak(
    { rssMiB: usage.map(({ at, rssMiB }) => ({ at, value: rssMiB })), heapAfterGcMiB: heapAfterGc },
    { warmupSeconds: warmup, windowSeconds: WINDOW_SECONDS, endSeconds: seconds },
  );
  const run = summariseRun(samples, elapsed, expected);
  const line = (label: string, g: SeriesGrowth) =>
    `  ${label}: ${g.early.toFixed(0)} MiB in the first ${WINDOW_SECONDS} s after the warm-up, ${g.late.toFixed(0)} MiB ` +
    `in the last (${(g.growth * 100).toFixed(1)} %); trend ${g.slopePerMinute.toFixed(1)} MiB a minute`;
  console.log(
    formatRun(`soak (${warmup} s warm-up + ${options.soakSeconds} s, 20 connections at 100 req/s, comprehensive mix)`, run),
  );
  console.log(line("RSS", verdict.rss));
  console.log(
    `${line("V8 heap after full GC", verdict.heap)} (${heapAfterGc.length} full collections; ` +
      `heap committed ${heapAfterGc.at(-1)?.committedMiB.toFixed(0)} MiB at the last)`,
  );
  console.log(`  descriptors ${usage[0]?.fds} at the start, ${after.fds} after; threads ${usage[0]?.threads} → ${after.threads}`);
  if (!options.snapshotDir && verdict.failures.some((f) => f.startsWith("resident")) && verdict.heap.growth < 0.1)
    console.log(
      "  RSS grew but the heap after full collections did not: V8 resizing its heap (a slow or starved run), " +
        "not live objects piling up; rerun with a longer --soak-warmup or on a quieter machine (docs/performance.md)",
    );
  // A snapshot's own buffers stay resident after it is written, so RSS then says nothing about the app.
  const failures = verdict.failures.filter((failure) => !(options.snapshotDir && failure.startsWith("resident")));
  if (options.snapshotDir)
    console.log(
      `  heap snapshots in ${options.snapshotDir} (RSS not judged: each raises it by about the heap's size); ` +
        "compare them with node --import tsx bench/heap-diff.ts EARLIER LATER",
    );
  // Writing a snapshot stops the server for seconds; connections it cuts then are the snapshot's doing.
  const cut = options.snapshotDir ? (run.errors["0"] ?? 0) : 0;
  if (cut > 0) console.log(`  ${cut} requests got no answer while snapshots were written: not counted as errors`);
  if (run.errorCount - cut > 0) failures.push(`${run.errorCount - cut} errors`);
  if (after.fds > (usage[0]?.fds ?? 0) + 5) failures.push(`descriptors ${usage[0]?.fds} → ${after.fds}`);
  if (after.threads > (usage[0]?.threads ?? 0)) failures.push(`threads ${usage[0]?.threads} → ${after.threads}`);
  await context.stop(server);
  return {
    result: { run, warmup, usage, heapAfterGc, after, rss: verdict.rss, heap: verdict.heap },
    failures: failures.map((failure) => `soak: ${failure}`),
  };
}
