import { describe, expect, it } from "vitest";
import { formatRun, growth, histogramAbove, latencySummary, type Sample, summariseRun } from "./load-summary";

const expected = (endpoint: string) => (endpoint === "generate" ? [200, 429] : [200]);

describe("load run summary", () => {
  it("gives nearest-rank percentiles of the latencies", () => {
    const ms = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(latencySummary(ms)).toEqual({ count: 100, p50: 50, p95: 95, p99: 99, max: 100 });
    expect(latencySummary([]).p95).toBeNaN();
  });

  it("sorts statuses into answers, deliberate 429s and errors, per endpoint", () => {
    const samples: Sample[] = [
      { endpoint: "generate", status: 200, ms: 900 },
      { endpoint: "generate", status: 429, ms: 5 },
      { endpoint: "generate", status: 503, ms: 20 },
      { endpoint: "health", status: 200, ms: 3 },
      { endpoint: "health", status: 429, ms: 2 },
      { endpoint: "home", status: 0, ms: 10_000 },
    ];
    const run = summariseRun(samples, 2, expected);
    expect(run.requests).toBe(6);
    expect(run.requestsPerSecond).toBe(3);
    expect(run.refused).toBe(1);
    // A 429 where none is expected is an error; 0 is a request that got no answer.
    expect(run.errors).toEqual({ "503": 1, "429": 1, "0": 1 });
    expect(run.errorCount).toBe(3);
    expect(run.endpoints.generate?.statuses).toEqual({ "200": 1, "429": 1, "503": 1 });
    expect(run.endpoints.generate?.p50).toBe(20);
    const text = formatRun("spike", run);
    expect(text).toContain("6 requests in 2.0 s = 3.0 req/s");
    expect(text).toContain("deliberate 429s 1; errors 3 (no answer ×1, 429 ×1, 503 ×1)");
  });

  it("measures growth as a share of the first value", () => {
    expect(growth(200, 210)).toBeCloseTo(0.05);
    expect(growth(200, 180)).toBeCloseTo(-0.1);
    expect(growth(0, 5)).toBeNaN();
  });
});

describe("server-side histogram", () => {
  it("counts the observations above a bucket bound over every label set", () => {
    const text = [
      "# HELP x_seconds time",
      'x_seconds_bucket{route="/a",le="5"} 7',
      'x_seconds_bucket{route="/a",le="10"} 9',
      'x_seconds_bucket{route="/a",le="+Inf"} 10',
      'x_seconds_bucket{route="/b",le="10"} 4',
      'x_seconds_bucket{route="/b",le="+Inf"} 4',
      'x_seconds_count{route="/a"} 10',
    ].join("\n");
    expect(histogramAbove(text, "x_seconds", "10")).toEqual({ total: 14, above: 1 });
    expect(histogramAbove(text, "y_seconds", "10")).toEqual({ total: 0, above: 0 });
  });
});
