import { describe, expect, it } from "vitest";
import { InstanceKey } from "./instance-keys";
import { sampleInstance } from "./instance-sampler";
import { MinuteCounters } from "./minute-counters";

describe("instance sampler", () => {
  it("adds CPU time used between samples and the process's memory to the given minute", () => {
    const counters = new MinuteCounters();
    const minute = Date.UTC(2026, 11, 3, 10, 0);
    sampleInstance(counters, minute + 1_000);
    const until = performance.now() + 60;
    let spin = 0;
    while (performance.now() < until) spin += Math.sqrt(spin + 1);
    sampleInstance(counters, minute + 2_000);
    const [taken] = counters.takeCompleted(minute + 60_000);
    expect(taken?.minute).toBe(minute);
    const values = taken?.counters ?? {};
    expect(values[InstanceKey.samples]).toBe(2);
    // A busy loop used CPU, though a shared machine may not give it a whole core.
    expect(values[InstanceKey.cpuMs]).toBeGreaterThan(0);
    expect(values[InstanceKey.wallMs]).toBeGreaterThanOrEqual(60);
    expect(values[InstanceKey.cpuMs]).toBeLessThanOrEqual(
      (values[InstanceKey.wallMs] ?? 0) * (values[InstanceKey.cores] ?? 0) + 50,
    );
    expect(values[InstanceKey.rssMb]).toBeGreaterThan(20);
    expect(values[InstanceKey.cores]).toBeGreaterThanOrEqual(2);
  });
});
