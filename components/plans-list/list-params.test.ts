import { describe, expect, it } from "vitest";
import { listApiUrl, listPageUrl, readListParams } from "./list-params";

describe("My plans URL parameters", () => {
  it("reads the search and order forgivingly, falling back to newest first", () => {
    expect(readListParams({})).toEqual({ query: "", sort: "newest" });
    expect(readListParams({ q: "  café spring ", sort: "title" })).toEqual({ query: "café spring", sort: "title" });
    expect(readListParams({ q: ["a", "b"], sort: "popular" })).toEqual({ query: "a", sort: "newest" });
    expect(readListParams({ q: "x".repeat(150) }).query).toHaveLength(100);
  });

  it("writes short page URLs and complete API URLs that read back the same", () => {
    expect(listPageUrl({ query: "", sort: "newest" })).toBe("/plans");
    const url = listPageUrl({ query: "café & co", sort: "updated" });
    expect(url).toBe("/plans?q=caf%C3%A9+%26+co&sort=updated");
    const back = Object.fromEntries(new URL(url, "http://x").searchParams);
    expect(readListParams(back)).toEqual({ query: "café & co", sort: "updated" });
    expect(listApiUrl({ query: " bikes ", sort: "title" }, 20, "abc")).toBe("/api/plans?limit=20&sort=title&q=bikes&cursor=abc");
    expect(listApiUrl({ query: "", sort: "newest" }, 20)).toBe("/api/plans?limit=20&sort=newest");
  });
});
