import { AI_LATENCY_BOUNDS_S, HTTP_LATENCY_BOUNDS_MS, RollupKey } from "@/lib/metrics/rollup-keys";
import type { RollupCounters } from "@/lib/store/observability-records";
import { counterValue } from "./rollups";

/** A latency histogram read back from rollup counters; buckets are not cumulative. */
export interface Histogram {
  /** Upper bounds in ascending order, then Infinity for the overflow bucket. */
  buckets: { le: number; count: number }[];
  sum: number;
  count: number;
}

/** Where a histogram's buckets, sum and count sit among the rollup counters. */
export interface HistogramLayout {
  bounds: readonly number[];
  bucket: (bound: number | "inf") => string;
  sum: string;
  count: string;
}

export const HTTP_LATENCY_MS: HistogramLayout = {
  bounds: HTTP_LATENCY_BOUNDS_MS,
  bucket: RollupKey.httpLatencyBucket,
  sum: RollupKey.httpLatencySum,
  count: RollupKey.httpLatencyCount,
};

export const AI_LATENCY_S: HistogramLayout = {
  bounds: AI_LATENCY_BOUNDS_S,
  bucket: RollupKey.aiLatencyBucket,
  sum: RollupKey.aiLatencySum,
  count: RollupKey.aiLatencyCount,
};

/** Reads a histogram stored as lib/metrics/rollup-keys.ts describes (one counter per bucket, then sum and count). */
export function readHistogram(counters: RollupCounters, layout: HistogramLayout): Histogram {
  return {
    buckets: [
      ...layout.bounds.map((le) => ({ le, count: counterValue(counters, layout.bucket(le)) })),
      { le: Number.POSITIVE_INFINITY, count: counterValue(counters, layout.bucket("inf")) },
    ],
    sum: counterValue(counters, layout.sum),
    count: counterValue(counters, layout.count),
  };
}

/** How many observations the buckets hold. */
export const observations = (histogram: Histogram) => histogram.buckets.reduce((total, bucket) => total + bucket.count, 0);

/** Sum over count; null when nothing was observed. */
export function histogramMean(histogram: Histogram): number | null {
  return histogram.count === 0 ? null : histogram.sum / histogram.count;
}

/**
 * The q-quantile (0 ≤ q ≤ 1) estimated as Prometheus' `histogram_quantile`
 * does: find the bucket holding the rank q × total and interpolate linearly
 * between its bounds (the first bucket starts at 0). A rank in the overflow
 * bucket answers the highest finite bound, a lower limit of the true value.
 * Null when nothing was observed.
 */
export function histogramQuantile(histogram: Histogram, q: number): number | null {
  if (!(q >= 0 && q <= 1)) throw new RangeError(`quantile must be between 0 and 1, got ${q}`);
  const total = observations(histogram);
  if (total === 0) return null;
  const rank = q * total;
  let below = 0;
  let lower = 0;
  for (const { le, count } of histogram.buckets) {
    if (count > 0 && below + count >= rank) {
      if (le === Number.POSITIVE_INFINITY) return lower;
      return lower + ((le - lower) * (rank - below)) / count;
    }
    below += count;
    if (le !== Number.POSITIVE_INFINITY) lower = le;
  }
  return lower;
}

/**
 * How many observations are above `threshold`, which must be one of the
 * bucket bounds so the answer is exact.
 */
export function countAbove(histogram: Histogram, threshold: number): number {
  if (!histogram.buckets.some((bucket) => bucket.le === threshold)) {
    throw new RangeError(`${threshold} is not a bucket bound, so the count above it would be a guess`);
  }
  return histogram.buckets.filter((bucket) => bucket.le > threshold).reduce((sum, bucket) => sum + bucket.count, 0);
}

/** Share (0 to 1) of observations above a bucket bound; null when nothing was observed. */
export function shareAbove(histogram: Histogram, threshold: number): number | null {
  const above = countAbove(histogram, threshold);
  const total = observations(histogram);
  return total === 0 ? null : above / total;
}
