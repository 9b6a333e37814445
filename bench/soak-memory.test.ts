import { describe, expect, it } from "vitest";
import { fullGcs, judgeSoak, type Point, seriesGrowth, slopePerMinute } from "./soak-memory";

// Lines as node 20 prints them with --trace-gc (abridged after the sizes).
const TRACE = [
  "[24888:0x6a1e2c0]     2020 ms: Scavenge 70.1 (108.2) -> 68.3 (108.2) MB, 1.20 / 0.00 ms  (average mu = 1.000) allocation failure;",
  "[24888:0x6a1e2c0]    28843 ms: Mark-Compact 394.0 (422.7) -> 118.9 (422.1) MB, 45.12 / 0.03 ms  (average mu = 0.812, current mu = 0.654) finalize incremental marking via task; GC in old space requested",
  "[24888:0x6a1e2c0]    29001 ms: Scavenge 125.5 (422.1) -> 121.0 (422.1) MB, 2.10 / 0.00 ms  allocation failure;",
  "[24888:0x6a1e2c0]    73784 ms: Mark-Compact (reduce) 122.7 (137.8) -> 109.6 (137.8) MB, 80.00 / 0.00 ms  (average mu = 0.9) heap profiler; GC in old space requested",
].join("\n");

/** Every 2 s from 0 to `end` s, valued by `f(seconds)`. */
const series = (end: number, f: (at: number) => number): Point[] =>
  Array.from({ length: end / 2 + 1 }, (_, i) => ({ at: i * 2, value: f(i * 2) }));

const WINDOWS = { warmupSeconds: 120, windowSeconds: 60, endSeconds: 420 };
// What V8 does under steady load: the heap climbs to the size it settles at within the warm-up.
const plateau = (at: number) => 400 + 300 * (1 - Math.exp(-at / 45));
const leak = (at: number) => 400 + at * 0.5;

describe("soak memory", () => {
  it("reads the full collections out of --trace-gc output, not the scavenges", () => {
    expect(fullGcs(TRACE)).toEqual([
      { sinceStartMs: 28843, heapAfterMiB: 118.9, heapCommittedMiB: 422.1 },
      { sinceStartMs: 73784, heapAfterMiB: 109.6, heapCommittedMiB: 137.8 },
    ]);
    expect(fullGcs("no gc here")).toEqual([]);
  });

  it("fits the trend per minute", () => {
    expect(slopePerMinute([0, 60, 120].map((at) => ({ at, value: 100 + at / 6 })))).toBeCloseTo(10);
    expect(slopePerMinute([{ at: 5, value: 1 }])).toBeNaN();
  });

  it("compares the first window after the warm-up with the last", () => {
    const growth = seriesGrowth(series(420, leak), WINDOWS);
    // medians of 120..178 s and 360..420 s
    expect(growth.early).toBeCloseTo(474);
    expect(growth.late).toBeCloseTo(595);
    expect(growth.growth).toBeCloseTo(121 / 474);
    expect(growth.slopePerMinute).toBeCloseTo(30);
    expect(growth.counts).toEqual([30, 31]);
  });

  it("passes a heap that grows to a plateau during the warm-up, which a 30 s warm-up took for a leak", () => {
    const rss = series(420, plateau);
    // The judgement this replaced: the 30 s after a 30 s warm-up against the last 30 s.
    expect(seriesGrowth(rss, { warmupSeconds: 30, windowSeconds: 30, endSeconds: 420 }).growth).toBeGreaterThan(0.15);
    const verdict = judgeSoak({ rssMiB: rss, heapAfterGcMiB: series(420, () => 118) }, WINDOWS);
    expect(verdict.failures).toEqual([]);
    expect(verdict.rss.growth).toBeCloseTo(0.016, 3);
  });

  it("fails a leak in either series", () => {
    const flat = series(420, () => 118);
    const rssLeak = judgeSoak({ rssMiB: series(420, leak), heapAfterGcMiB: flat }, WINDOWS);
    expect(rssLeak.failures).toEqual(["resident memory grew 25.5 % after the warm-up (limit 10 %)"]);
    // Live objects piling up: the heap after full collections climbs while RSS still has room.
    const heapLeak = judgeSoak({ rssMiB: series(420, () => 650), heapAfterGcMiB: series(420, (at) => 110 + at / 10) }, WINDOWS);
    expect(heapLeak.failures).toEqual(["V8 heap after full GC grew 19.4 % after the warm-up (limit 10 %)"]);
  });

  it("fails a window without a full collection instead of passing it", () => {
    const verdict = judgeSoak({ rssMiB: series(420, () => 650), heapAfterGcMiB: [{ at: 130, value: 118 }] }, WINDOWS);
    expect(verdict.failures).toEqual(["V8 heap after full GC: no reading in the last 60 s window"]);
  });
});
