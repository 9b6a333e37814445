/**
 * Pure judgement of a soak's memory (npm run bench:load -- --mode soak). Resident memory alone
 * cannot tell a leak from V8 growing its heap towards the size it settles at: under steady load
 * V8 lets garbage pile up to an allocation limit it raises with the promotion rate, so RSS climbs
 * for the first minutes and then stays. What a leak raises is what survives a full collection.
 * So the soak is judged after a warm-up, on two series: the V8 heap in use after each full
 * (mark-compact) collection, read from the server's `node --trace-gc` output, and RSS.
 */
import { growth } from "./load-summary";
import { median } from "./stats";

/** A reading at `at` seconds into the soak. */
export interface Point {
  at: number;
  value: number;
}

/** One full collection from `--trace-gc`: when (ms since the isolate started) and the heap after it (MiB). */
export interface FullGc {
  sinceStartMs: number;
  heapAfterMiB: number;
  heapCommittedMiB: number;
}

// `[pid:0x…]   28843 ms: Mark-Compact 394.0 (422.7) -> 118.9 (422.1) MB, …` (V8's MB are MiB);
// "(reduce)" marks a collection started to shrink the heap, a full collection all the same.
const MARK_COMPACT = /(\d+) ms: Mark-Compact(?: \(reduce\))? [\d.]+ \([\d.]+\) -> ([\d.]+) \(([\d.]+)\) MB/g;

/** Every full collection in a `--trace-gc` text, in order; scavenges (young generation only) are left out. */
export function fullGcs(trace: string): FullGc[] {
  return [...trace.matchAll(MARK_COMPACT)].map((match) => ({
    sinceStartMs: Number(match[1]),
    heapAfterMiB: Number(match[2]),
    heapCommittedMiB: Number(match[3]),
  }));
}

/** Least-squares slope of the points, per minute (NaN with fewer than two distinct times). */
export function slopePerMinute(points: readonly Point[]): number {
  const n = points.length;
  const meanAt = points.reduce((sum, p) => sum + p.at, 0) / n;
  const meanValue = points.reduce((sum, p) => sum + p.value, 0) / n;
  let covariance = 0;
  let variance = 0;
  for (const p of points) {
    covariance += (p.at - meanAt) * (p.value - meanValue);
    variance += (p.at - meanAt) ** 2;
  }
  return variance > 0 ? (covariance / variance) * 60 : Number.NaN;
}

export interface SeriesGrowth {
  /** Medians of the first and the last window after the warm-up. */
  early: number;
  late: number;
  /** (late - early) / early: 0.05 = 5 %. */
  growth: number;
  /** Trend over everything after the warm-up, per minute. */
  slopePerMinute: number;
  /** Readings in the early and late windows (a window with none cannot be judged). */
  counts: [number, number];
}

export interface SoakWindows {
  /** Seconds at the start left out: V8 and the caches reach their working size. */
  warmupSeconds: number;
  /** Length of the early and late windows compared. */
  windowSeconds: number;
  /** When the soak ended (seconds since it started). */
  endSeconds: number;
}

/** The median of the first window after the warm-up against that of the last window, and the trend between. */
export function seriesGrowth(points: readonly Point[], windows: SoakWindows): SeriesGrowth {
  const { warmupSeconds, windowSeconds, endSeconds } = windows;
  const within = (from: number, to: number) => points.filter((p) => p.at >= from && p.at < to).map((p) => p.value);
  const early = within(warmupSeconds, warmupSeconds + windowSeconds);
  const late = within(endSeconds - windowSeconds, endSeconds + 1);
  const first = median(early);
  const last = median(late);
  return {
    early: first,
    late: last,
    growth: growth(first, last),
    slopePerMinute: slopePerMinute(points.filter((p) => p.at >= warmupSeconds && p.at <= endSeconds)),
    counts: [early.length, late.length],
  };
}

/**
 * Both series must grow by less than `limit` from the first window after the warm-up to the
 * last; a window without readings fails (no full collection there: lengthen the windows).
 */
export function judgeSoak(
  series: { rssMiB: readonly Point[]; heapAfterGcMiB: readonly Point[] },
  windows: SoakWindows,
  limit = 0.1,
): { rss: SeriesGrowth; heap: SeriesGrowth; failures: string[] } {
  const rss = seriesGrowth(series.rssMiB, windows);
  const heap = seriesGrowth(series.heapAfterGcMiB, windows);
  const failures: string[] = [];
  for (const [label, judged] of [
    ["resident memory", rss],
    ["V8 heap after full GC", heap],
  ] as const) {
    if (judged.counts.includes(0))
      failures.push(`${label}: no reading in the ${judged.counts[0] === 0 ? "first" : "last"} ${windows.windowSeconds} s window`);
    else if (!(judged.growth < limit))
      failures.push(`${label} grew ${(judged.growth * 100).toFixed(1)} % after the warm-up (limit ${limit * 100} %)`);
  }
  return { rss, heap, failures };
}
