import { describe, expect, it } from "vitest";
import { HTTP_LATENCY_BOUNDS_MS } from "@/lib/metrics/rollup-keys";
import {
  AI_LATENCY_S,
  countAbove,
  HTTP_LATENCY_MS,
  histogramMean,
  histogramQuantile,
  readHistogram,
  shareAbove,
} from "./histogram";

// 10 requests: 4 in (25, 50], 4 in (50, 100], 1 in (100, 250], 1 in (3000, 5000]; 2380 ms in all.
const http = readHistogram(
  {
    "http_latency_ms.le_50": 4,
    "http_latency_ms.le_100": 4,
    "http_latency_ms.le_250": 1,
    "http_latency_ms.le_5000": 1,
    "http_latency_ms.sum": 2380,
    "http_latency_ms.count": 10,
    "ai_latency_s.le_1": 99,
  },
  HTTP_LATENCY_MS,
);

describe("readHistogram", () => {
  it("reads every bound, the overflow bucket, sum and count under the prefix only", () => {
    expect(http.buckets).toHaveLength(HTTP_LATENCY_BOUNDS_MS.length + 1);
    expect(http.buckets.at(-1)).toEqual({ le: Number.POSITIVE_INFINITY, count: 0 });
    expect(http.buckets.find((bucket) => bucket.le === 100)?.count).toBe(4);
    expect(http.buckets.reduce((sum, bucket) => sum + bucket.count, 0)).toBe(10);
    expect(http.sum).toBe(2380);
    expect(http.count).toBe(10);
  });
});

describe("histogramQuantile (as Prometheus' histogram_quantile)", () => {
  it("interpolates linearly inside the bucket holding the rank", () => {
    // Rank 5 is the 1st of 4 in (50, 100]: 50 + 50 × 1/4.
    expect(histogramQuantile(http, 0.5)).toBe(62.5);
    // Rank 9.5 is half-way into the one request in (3000, 5000].
    expect(histogramQuantile(http, 0.95)).toBe(4000);
    // Rank 2 is half-way into (25, 50].
    expect(histogramQuantile(http, 0.2)).toBe(37.5);
  });

  it("starts the first bucket at 0", () => {
    const fast = readHistogram({ "http_latency_ms.le_5": 4 }, HTTP_LATENCY_MS);
    expect(histogramQuantile(fast, 0.5)).toBe(2.5);
  });

  it("answers the highest finite bound when the rank is in the overflow bucket", () => {
    const slow = readHistogram({ "ai_latency_s.le_10": 1, "ai_latency_s.le_inf": 1 }, AI_LATENCY_S);
    expect(histogramQuantile(slow, 0.9)).toBe(120);
    expect(histogramQuantile(slow, 0.5)).toBe(10);
  });

  it("is null with no observations, and refuses a quantile outside 0..1", () => {
    const empty = readHistogram({}, HTTP_LATENCY_MS);
    expect(histogramQuantile(empty, 0.5)).toBeNull();
    expect(() => histogramQuantile(http, 1.5)).toThrow(RangeError);
    expect(() => histogramQuantile(http, Number.NaN)).toThrow(RangeError);
  });
});

describe("histogramMean and shareAbove", () => {
  it("divides the sum by the count", () => {
    expect(histogramMean(http)).toBe(238);
    expect(histogramMean(readHistogram({}, HTTP_LATENCY_MS))).toBeNull();
  });

  it("gives the exact share above a bucket bound", () => {
    expect(shareAbove(http, 3000)).toBe(0.1);
    expect(shareAbove(http, 50)).toBe(0.6);
    expect(shareAbove(http, 30000)).toBe(0);
    expect(shareAbove(readHistogram({}, HTTP_LATENCY_MS), 3000)).toBeNull();
  });

  it("refuses a threshold that is not a bound", () => {
    expect(() => shareAbove(http, 2500)).toThrow(RangeError);
    expect(countAbove(http, 3000)).toBe(1);
    expect(countAbove(http, 25)).toBe(10);
  });
});
