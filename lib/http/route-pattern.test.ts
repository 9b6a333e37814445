import { describe, expect, it } from "vitest";
import { routePattern } from "./route-pattern";

describe("routePattern", () => {
  it("replaces each dynamic segment by its name", () => {
    expect(routePattern("/api/plans/p_abc/versions/4", { id: "p_abc", version: "4" })).toBe("/api/plans/[id]/versions/[version]");
  });

  it("leaves static routes alone", () => {
    expect(routePattern("/api/livez", {})).toBe("/api/livez");
  });

  it("matches encoded segments", () => {
    expect(routePattern("/api/shared/a%20b", { token: "a b" })).toBe("/api/shared/[token]");
  });

  it("folds a catch-all into one marker", () => {
    expect(routePattern("/docs/a/b/c", { slug: ["a", "b", "c"] })).toBe("/docs/[...slug]");
  });
});
