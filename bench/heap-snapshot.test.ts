import { describe, expect, it } from "vitest";
import { compareSnapshots, formatComparison, summariseSnapshot } from "./heap-snapshot";

const META = {
  node_fields: ["type", "name", "id", "self_size", "edge_count", "trace_node_id", "detachedness"],
  node_types: [["hidden", "array", "string", "object", "code", "closure", "regexp", "number", "native"], "string", "number"],
};
const STRINGS = ["", "Map", "Listener", "secret value", "handler"];

/** A snapshot in V8's layout holding `listeners` Listener objects, one Map, one string and one closure. */
function snapshot(listeners: number): unknown {
  const node = (type: number, name: number, id: number, size: number) => [type, name, id, size, 0, 0, 0];
  const nodes = [
    ...node(3, 1, 1, 32),
    ...node(2, 3, 3, 40),
    ...node(5, 4, 5, 64),
    ...Array.from({ length: listeners }, (_, i) => node(3, 2, 100 + i, 48)).flat(),
  ];
  return { snapshot: { meta: META }, nodes, edges: [], strings: STRINGS };
}

describe("heap snapshot", () => {
  it("sums self sizes by constructor, strings by type so that their values never show", () => {
    const summary = summariseSnapshot(snapshot(3));
    expect(summary.nodes).toBe(6);
    expect(summary.bytes).toBe(32 + 40 + 64 + 3 * 48);
    expect(Object.fromEntries(summary.groups)).toEqual({
      "object:Map": { count: 1, bytes: 32 },
      "(string)": { count: 1, bytes: 40 },
      "closure:handler": { count: 1, bytes: 64 },
      "object:Listener": { count: 3, bytes: 144 },
    });
  });

  it("puts the constructor that kept growing first", () => {
    const before = summariseSnapshot(snapshot(3));
    const after = summariseSnapshot(snapshot(1003));
    expect(compareSnapshots(before, after)[0]).toEqual({
      key: "object:Listener",
      count: 1003,
      bytes: 1003 * 48,
      countChange: 1000,
      bytesChange: 48_000,
    });
    const text = formatComparison(before, after, 2);
    expect(text).toContain("6 nodes");
    expect(text).toMatch(/\+0\.05 MiB\s+\+1000\s+now\s+1003 \/\s+0\.05 MiB\s+object:Listener/);
    expect(text).not.toContain("secret value");
  });

  it("refuses a file that is not a heap snapshot, naming what it found", () => {
    expect(() => summariseSnapshot({ nodes: [] })).toThrow(/snapshot/);
    const odd = { snapshot: { meta: { node_fields: ["id"], node_types: [[]] } }, nodes: [], strings: [] };
    expect(() => summariseSnapshot(odd)).toThrow("Not a V8 heap snapshot: node fields id");
  });
});
