import { describe, expect, it } from "vitest";
import { diffFields } from "./diff";

describe("diffFields", () => {
  it("lists only the leaves that differ, with their paths", () => {
    const before = { title: "A", channels: [{ name: "SEO", tactics: ["blog"] }], budget: { total: 100 } };
    const after = {
      title: "A",
      channels: [
        { name: "SEO", tactics: ["blog", "guides"] },
        { name: "Ads", tactics: [] },
      ],
      budget: { total: 80 },
    };
    expect(diffFields(before, after)).toEqual([
      { path: "channels[0].tactics[1]", kind: "added", after: "guides" },
      { path: "channels[1]", kind: "added", after: { name: "Ads", tactics: [] } },
      { path: "budget.total", kind: "changed", before: 100, after: 80 },
    ]);
  });

  it("finds nothing between equal values and reports removals", () => {
    expect(diffFields({ a: [1, { b: "x" }] }, { a: [1, { b: "x" }] })).toEqual([]);
    expect(diffFields({ a: 1, b: 2 }, { a: 1 })).toEqual([{ path: "b", kind: "removed", before: 2 }]);
    expect(diffFields({ a: "x" }, { a: ["x"] })).toEqual([{ path: "a", kind: "changed", before: "x", after: ["x"] }]);
  });
});
