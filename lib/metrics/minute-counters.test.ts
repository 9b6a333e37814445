import { describe, expect, it } from "vitest";
import { MinuteCounters, minuteStart } from "./minute-counters";

const at = (iso: string) => Date.parse(iso);

describe("MinuteCounters", () => {
  it("adds by minute and hands over only minutes that have ended", () => {
    const counters = new MinuteCounters();
    counters.add("http_requests", 1, at("2026-11-27T10:00:05Z"));
    counters.add("http_requests", 2, at("2026-11-27T10:00:59.999Z"));
    counters.add("http_requests", 5, at("2026-11-27T10:01:00Z"));
    expect(counters.takeCompleted(at("2026-11-27T10:01:30Z"))).toEqual([
      { minute: at("2026-11-27T10:00:00Z"), counters: { http_requests: 3 } },
    ]);
    expect(counters.takeCompleted(at("2026-11-27T10:01:30Z"))).toEqual([]);
    expect(counters.peek(at("2026-11-27T10:01:00Z"))).toEqual({ http_requests: 5 });
  });

  it("merges counts put back after a failed write with those counted since", () => {
    const counters = new MinuteCounters();
    counters.add("probe_checks", 1, at("2026-11-27T10:00:10Z"));
    const taken = counters.takeCompleted(at("2026-11-27T10:02:00Z"));
    counters.add("probe_checks", 1, at("2026-11-27T10:00:50Z"));
    counters.putBack(taken);
    expect(counters.takeCompleted(at("2026-11-27T10:02:00Z"))).toEqual([
      { minute: at("2026-11-27T10:00:00Z"), counters: { probe_checks: 2 } },
    ]);
  });

  it("keeps at most maxMinutes minutes, dropping the oldest and counting them", () => {
    const counters = new MinuteCounters(2);
    for (let m = 0; m < 4; m++) counters.add("x", 1, at("2026-11-27T10:00:00Z") + m * 60_000);
    expect(counters.dropped).toBe(2);
    expect(counters.takeCompleted(at("2026-11-27T11:00:00Z")).map((p) => p.minute)).toEqual([
      at("2026-11-27T10:02:00Z"),
      at("2026-11-27T10:03:00Z"),
    ]);
  });

  it("minuteStart floors to the UTC minute", () => {
    expect(minuteStart(at("2026-11-27T10:07:59.999Z"))).toBe(at("2026-11-27T10:07:00Z"));
  });
});
