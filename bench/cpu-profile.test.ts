import { describe, expect, it } from "vitest";
import { areaOf, formatProfile, parseCpuProfile, summariseProfile } from "./cpu-profile";

const frame = (id: number, functionName: string, url: string, lineNumber = 0) => ({
  id,
  callFrame: { functionName, url, lineNumber, scriptId: "1", columnNumber: 0 },
  hitCount: 0,
});

// The shape `node --cpu-prof` writes: nodes, then samples (node ids) with the µs between them.
const profile = JSON.stringify({
  nodes: [
    frame(1, "(root)", ""),
    frame(2, "(idle)", ""),
    frame(3, "parse", "file:///app/node_modules/zod/lib/types.js", 9),
    frame(4, "buildPlanDraft", "file:///app/.next/server/chunks/planner.js", 41),
    frame(5, "(garbage collector)", ""),
    frame(6, "writeSync", "node:fs", 3),
  ],
  startTime: 0,
  endTime: 10_000,
  samples: [2, 3, 3, 4, 3, 5, 6, 2],
  timeDeltas: [0, 1000, 1000, 1000, 2000, 1000, 500, 500],
});

describe("CPU profile summary", () => {
  it("adds each sample's following delta to its function and area, idle apart", () => {
    const summary = summariseProfile(parseCpuProfile(profile));
    expect(summary.totalMs).toBe(7);
    // The last sample has no following delta; the first one (idle) counts 1 ms and is not busy.
    expect(summary.busyMs).toBe(6);
    expect(summary.functions[0]).toEqual({ name: "parse zod/lib/types.js:10", ms: 3, share: 0.5 });
    expect(summary.functions.map((entry) => entry.name)).toContain("buildPlanDraft .next/server/chunks/planner.js:42");
    expect(summary.areas.map((entry) => [entry.name, entry.ms])).toEqual([
      ["zod", 3],
      ["server/chunks/planner.js", 2],
      ["(garbage collector)", 0.5],
      ["node internals", 0.5],
    ]);
    expect(formatProfile(summary)).toContain(" 50.0 %        3 ms  zod");
  });

  it("names scoped packages and refuses what is not a profile", () => {
    expect(areaOf("file:///x/node_modules/@genkit-ai/core/lib/a.js", "f")).toBe("@genkit-ai/core");
    expect(areaOf("", "f")).toBe("(native)");
    expect(() => parseCpuProfile('{"nodes": 1}')).toThrow();
  });
});
