import { describe, expect, it } from "vitest";
import { matchPage, pagePatterns, UNMATCHED_ROUTE } from "./page-requests";

const manifest = {
  "/_not-found/page": "/_not-found",
  "/api/plans/[id]/route": "/api/plans/[id]",
  "/icon.svg/route": "/icon.svg",
  "/page": "/",
  "/plans/[id]/page": "/plans/[id]",
  "/plans/page": "/plans",
  "/shared/[token]/page": "/shared/[token]",
  "/docs/[...slug]/page": "/docs/[...slug]",
};

describe("page patterns", () => {
  const patterns = pagePatterns(manifest);

  it("keeps pages and non-API routes, leaves API routes and Next's own pages out", () => {
    expect(patterns.map((p) => p.pattern).sort()).toEqual(
      ["/", "/docs/[...slug]", "/icon.svg", "/plans", "/plans/[id]", "/shared/[token]"].sort(),
    );
  });

  it("labels a path by the page that serves it, never by its ids", () => {
    expect(matchPage(patterns, "/")).toBe("/");
    expect(matchPage(patterns, "/plans")).toBe("/plans");
    expect(matchPage(patterns, "/plans/")).toBe("/plans");
    expect(matchPage(patterns, "/plans/Zc3z-UjznDnJ5xKBAq0wAg")).toBe("/plans/[id]");
    expect(matchPage(patterns, "/shared/abc.def")).toBe("/shared/[token]");
    expect(matchPage(patterns, "/docs/a/b")).toBe("/docs/[...slug]");
    expect(matchPage(patterns, "/icon.svg")).toBe("/icon.svg");
    expect(matchPage(patterns, "/iconXsvg")).toBe(UNMATCHED_ROUTE);
    expect(matchPage(patterns, "/wp-login.php")).toBe(UNMATCHED_ROUTE);
    expect(matchPage(patterns, "/plans/a/b")).toBe(UNMATCHED_ROUTE);
  });
});
