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

  it("matches channels by name, so a reorder is no change and a renamed channel is not a changed one", () => {
    const seo = { name: "SEO", budgetSharePercent: 60 };
    const ads = { name: "Ads", budgetSharePercent: 40 };
    expect(diffFields({ channels: [seo, ads] }, { channels: [ads, seo] }, "", { byIdentity: true })).toEqual([]);
    expect(
      diffFields({ channels: [seo, ads] }, { channels: [ads, { ...seo, budgetSharePercent: 55 }] }, "", { byIdentity: true }),
    ).toEqual([{ path: 'channels["SEO"].budgetSharePercent', kind: "changed", before: 60, after: 55 }]);
    const email = { name: "Email", budgetSharePercent: 40 };
    expect(diffFields([seo, ads], [email, seo], "channels", { byIdentity: true })).toEqual([
      { path: 'channels["Email"]', kind: "added", after: email },
      { path: 'channels["Ads"]', kind: "removed", before: ads },
    ]);
    // Position matching (today's behaviour) would call the reorder two renamed channels.
    expect(diffFields({ channels: [seo, ads] }, { channels: [ads, seo] })).not.toEqual([]);
  });

  it("falls back to positions when items have no unique name (a calendar with several posts per channel)", () => {
    const posts = [
      { channel: "Blog", week: 1 },
      { channel: "Blog", week: 2 },
    ];
    expect(diffFields(posts, [posts[1], posts[0]], "c", { byIdentity: true })).toHaveLength(2);
  });
});
